using System.Buffers;
using System.Text;
using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.Tests.FormatsShared;

/// <summary>An output target in memory, for exporter tests.</summary>
internal sealed class MemoryTarget : IOutputTarget
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public string DisplayName => "memory";

    public bool SupportsParts => false;

    public bool IsTerminal => false;

    public byte[] Bytes => _buffer.WrittenSpan.ToArray();

    public string Text => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Bytes);

    // The exporter disposes what it opens; the bytes must survive that, so the stream only appends.
    public Stream Open() => new BufferStream(_buffer);

    public Stream OpenPart(int number) => throw new NotSupportedException();

    private sealed class BufferStream(ArrayBufferWriter<byte> inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.WrittenCount;

        public override long Position { get => inner.WrittenCount; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}
