using System.Globalization;
using DocumentFormat.OpenXml.Packaging;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>Gives each link address one hyperlink relationship of the main part, with ids numbered in document order.</summary>
internal sealed class HyperlinkRegistry(MainDocumentPart main)
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private int _next = 1;

    public string IdFor(Uri address)
    {
        if (_ids.TryGetValue(address.AbsoluteUri, out var id))
        {
            return id;
        }

        var taken = DocxRelationshipIds.Taken(main);
        do
        {
            id = "rIdTeLink" + _next++.ToString(CultureInfo.InvariantCulture);
        }
        while (taken.Contains(id));

        main.AddHyperlinkRelationship(address, true, id);
        _ids[address.AbsoluteUri] = id;
        return id;
    }
}
