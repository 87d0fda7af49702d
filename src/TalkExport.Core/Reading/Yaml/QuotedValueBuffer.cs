namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// A growable character buffer for one quoted scalar's value as it is folded. One per thread and
/// reused, so folding a value allocates nothing; unlike a StringBuilder its text is one contiguous
/// array, so a value can be handed on as memory without becoming a string.
/// </summary>
internal sealed class QuotedValueBuffer
{
    // Past this a buffer is not kept for the next value: one huge value must not pin its array.
    private const int KeepAtMost = 1 << 16;

    [ThreadStatic]
    private static QuotedValueBuffer? _forThread;

    private char[] _chars = new char[1024];

    /// <summary>The number of characters written.</summary>
    public int Length { get; private set; }

    /// <summary>The text written (valid until the buffer is next cleared).</summary>
    public ReadOnlyMemory<char> Written => _chars.AsMemory(0, Length);

    /// <summary>This thread's buffer, cleared.</summary>
    public static QuotedValueBuffer ForThread()
    {
        var buffer = _forThread ??= new QuotedValueBuffer();
        if (buffer._chars.Length > KeepAtMost)
        {
            buffer._chars = new char[1024];
        }

        buffer.Length = 0;
        return buffer;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Reserve(text.Length));
        Length += text.Length;
    }

    public void Append(char c) => Append(new ReadOnlySpan<char>(in c));

    public void Append(char c, int count)
    {
        Reserve(count).Fill(c);
        Length += count;
    }

    private Span<char> Reserve(int count)
    {
        if (Length + count > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + count));
        }

        return _chars.AsSpan(Length, count);
    }
}
