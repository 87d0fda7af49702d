using System.Globalization;
using DocumentFormat.OpenXml.Packaging;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>Gives each link address one hyperlink relationship of the main part, with ids numbered in document order.</summary>
internal sealed class HyperlinkRegistry(MainDocumentPart main)
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private HashSet<string>? _taken;
    private int _next = 1;

    public string IdFor(Uri address)
    {
        if (_ids.TryGetValue(address.AbsoluteUri, out var id))
        {
            return id;
        }

        // The part's ids are read once and then kept up to date here: only this registry adds
        // relationships while the list is written, and reading them again per link was quadratic
        // (minutes for 10k talks).
        _taken ??= DocxRelationshipIds.Taken(main);
        do
        {
            id = "rIdTeLink" + _next++.ToString(CultureInfo.InvariantCulture);
        }
        while (_taken.Contains(id));

        main.AddHyperlinkRelationship(address, true, id);
        _taken.Add(id);
        _ids[address.AbsoluteUri] = id;
        return id;
    }
}
