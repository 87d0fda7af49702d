using System.Text;
using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>An output target that keeps what was written (readable after the exporter disposed the stream).</summary>
internal sealed class MemoryOutputTarget : IOutputTarget, IDisposable
{
    private readonly MemoryStream _stream = new();

    public string DisplayName => "memory";

    public bool SupportsParts => false;

    public bool IsTerminal => false;

    public byte[] Bytes => _stream.ToArray();

    public string Text => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Bytes);

    public Stream Open() => _stream;

    public Stream OpenPart(int number) => throw new NotSupportedException();

    public void Dispose() => _stream.Dispose();
}
