using TalkExport.Core.Exporting;

namespace TalkExport.Fuzz;

/// <summary>An output target in memory that accepts parts, so every exporter path runs.</summary>
internal sealed class MemoryTarget : IOutputTarget, IDisposable
{
    private readonly List<MemoryStream> _streams = [];

    public string DisplayName => "memory";

    public bool SupportsParts => true;

    public bool IsTerminal => false;

    public Stream Open() => Add();

    public Stream OpenPart(int number) => Add();

    public void Dispose()
    {
        foreach (var s in _streams)
        {
            s.Dispose();
        }
    }

    private MemoryStream Add()
    {
        var s = new MemoryStream();
        _streams.Add(s);
        return s;
    }
}
