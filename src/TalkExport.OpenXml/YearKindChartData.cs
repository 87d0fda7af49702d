using TalkExport.Core.Exporting.Reporting;
using TalkExport.Core.Model;

namespace TalkExport.OpenXml;

/// <summary>
/// Talks per year (oldest first) by kind, counted for the department (a talk on two members' sites
/// once), for a chart: the years that have a dated talk, the kinds that occur, and the counts.
/// </summary>
/// <param name="Years">The years, oldest first.</param>
/// <param name="Kinds">The kinds' labels, in the model's kind order.</param>
/// <param name="Counts">Counts[year][kind].</param>
public sealed record YearKindChartData(IReadOnlyList<string> Years, IReadOnlyList<string> Kinds, IReadOnlyList<IReadOnlyList<int>> Counts)
{
    /// <summary>The data of <paramref name="talks"/>; undated talks have no year and are not in it.</summary>
    public static YearKindChartData Of(IReadOnlyList<Talk> talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        var years = DepartmentReport.Of(talks, [ReportDimension.Year, ReportDimension.Kind], AcademicYear.Default).Groups
            .Where(g => g.Key != "undated").OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var kinds = TalkKinds.All.Where(k => years.Any(y => y.Groups.Any(g => g.Key == k.Id()))).ToList();
        return new YearKindChartData(
            [.. years.Select(y => y.Key)],
            [.. kinds.Select(k => k.Label())],
            [.. years.Select(y => (IReadOnlyList<int>)[.. kinds.Select(k => y.Groups.FirstOrDefault(g => g.Key == k.Id())?.Count ?? 0)])]);
    }
}
