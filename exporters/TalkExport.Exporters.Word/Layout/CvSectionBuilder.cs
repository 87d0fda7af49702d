using System.Globalization;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Word.Mapping;

namespace TalkExport.Exporters.Word.Layout;

/// <summary>Sorts talks newest first, groups them and maps each to an entry.</summary>
public static class CvSectionBuilder
{
    /// <summary>The groups in document order. The order never depends on the order of <paramref name="talks"/>.</summary>
    public static IReadOnlyList<CvGroup> Build(IReadOnlyList<Talk> talks, CvGrouping grouping, CvEntryMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(mapping);
        var sorted = talks.Order(TalkOrder.NewestFirst).ToList();
        return grouping switch
        {
            CvGrouping.None => sorted.Count == 0 ? [] : [new CvGroup(null, [.. sorted.Select(mapping.Map)])],
            CvGrouping.Kind =>
            [
                .. sorted.GroupBy(t => t.Kind)
                    .OrderBy(g => g.Key.CvOrder())
                    .Select(g => new CvGroup(g.Key.CvHeading(), [.. g.Select(mapping.Map)])),
            ],
            _ =>
            [
                // NewestFirst already puts undated talks last, so groups come out in order.
                .. sorted.GroupBy(t => t.Date?.Year)
                    .Select(g => new CvGroup(g.Key is { } y ? y.ToString(CultureInfo.InvariantCulture) : "Undated", [.. g.Select(mapping.Map)])),
            ],
        };
    }
}
