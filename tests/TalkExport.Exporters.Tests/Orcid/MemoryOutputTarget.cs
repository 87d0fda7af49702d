using System.Text;
using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.Tests.Orcid;

/// <summary>An output target in memory: one stream, or numbered parts when <see cref="SupportsParts"/>.</summary>
internal sealed class MemoryOutputTarget(bool supportsParts = false) : IOutputTarget
{
    private readonly List<MemoryStream> _single = [];
    private readonly SortedDictionary<int, MemoryStream> _parts = [];

    public string DisplayName => supportsParts ? "memory-dir" : "memory.orcid.json";

    public bool SupportsParts => supportsParts;

    public bool IsTerminal => false;

    /// <summary>How many times <see cref="Open"/> was called.</summary>
    public int OpenCount => _single.Count;

    /// <summary>The single output as text.</summary>
    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>The single output's bytes.</summary>
    public byte[] Bytes => _single.Count == 1 ? _single[0].ToArray() : throw new InvalidOperationException($"Open was called {_single.Count} times.");

    /// <summary>The parts by number, as text.</summary>
    public IReadOnlyDictionary<int, string> Parts => _parts.ToDictionary(p => p.Key, p => Encoding.UTF8.GetString(p.Value.ToArray()));

    public Stream Open()
    {
        var stream = new MemoryStream();
        _single.Add(stream);
        return stream;
    }

    public Stream OpenPart(int number)
    {
        if (!supportsParts)
        {
            throw new NotSupportedException("This target holds one stream only.");
        }

        var stream = new MemoryStream();
        _parts.Add(number, stream);
        return stream;
    }
}
