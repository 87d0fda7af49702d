using System.Globalization;
using DocumentFormat.OpenXml.Packaging;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>
/// Relationship ids chosen by us, not by the SDK (which makes random ones): the same input then
/// gives the same document, and a CV's existing ids are never reused.
/// </summary>
internal static class DocxRelationshipIds
{
    /// <summary>All relationship ids the part already holds.</summary>
    public static HashSet<string> Taken(OpenXmlPartContainer part)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        ids.UnionWith(part.Parts.Select(p => p.RelationshipId));
        ids.UnionWith(part.ExternalRelationships.Select(r => r.Id));
        ids.UnionWith(part.HyperlinkRelationships.Select(r => r.Id));
        ids.UnionWith(part.DataPartReferenceRelationships.Select(r => r.Id));
        return ids;
    }

    /// <summary><paramref name="wanted"/>, or it with the smallest number appended that is free.</summary>
    public static string Free(OpenXmlPartContainer part, string wanted)
    {
        var taken = Taken(part);
        if (!taken.Contains(wanted))
        {
            return wanted;
        }

        for (var n = 2; ; n++)
        {
            var id = wanted + n.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(id))
            {
                return id;
            }
        }
    }
}
