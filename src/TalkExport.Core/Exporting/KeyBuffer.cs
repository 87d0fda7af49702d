using System.Buffers;

namespace TalkExport.Core.Exporting;

/// <summary>
/// The characters of one citation key as it is being made: starts on the stack and moves to a
/// pooled array only for an unusually long key, so making a key creates no object but the key.
/// </summary>
internal ref struct KeyBuffer
{
    private Span<char> _chars;
    private char[]? _rented;
    private int _length;

    /// <summary>Starts with <paramref name="initial"/> as storage (a stack buffer).</summary>
    public KeyBuffer(Span<char> initial) => _chars = initial;

    /// <summary>The number of characters written; may only be set back (to undo a word).</summary>
    public int Length
    {
        readonly get => _length;
        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)value, (uint)_length, nameof(value));
            _length = value;
        }
    }

    /// <summary>Everything written so far.</summary>
    public readonly ReadOnlySpan<char> Written => _chars[.._length];

    /// <summary>The characters written from <paramref name="start"/> on (one word).</summary>
    public readonly Span<char> From(int start) => _chars[start.._length];

    /// <summary>Appends one character.</summary>
    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    /// <summary>Appends characters.</summary>
    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (text.Length > _chars.Length - _length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    /// <summary>Moves the characters from <paramref name="start"/> on down to <paramref name="to"/> (keeping one word in place of others).</summary>
    public void MoveDown(int start, int to)
    {
        var word = _chars[start.._length];
        word.CopyTo(_chars[to..]); // overlapping copies are safe with spans
        _length = to + word.Length;
    }

    /// <summary>Gives a pooled array back.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

    private void Grow(int more)
    {
        var array = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
        _chars[.._length].CopyTo(array);
        Dispose();
        _chars = _rented = array;
    }
}
