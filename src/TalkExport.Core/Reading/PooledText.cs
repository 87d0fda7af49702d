using System.Buffers;

namespace TalkExport.Core.Reading;

/// <summary>A record's decoded text in a buffer rented from the shared pool; disposing hands the buffer back.</summary>
internal sealed class PooledText(char[] buffer, int length) : IDisposable
{
    private char[]? _buffer = buffer;

    /// <summary>The text (valid until disposed).</summary>
    public ReadOnlyMemory<char> Chars => (_buffer ?? throw new ObjectDisposedException(nameof(PooledText))).AsMemory(0, length);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
