using TalkExport.Core.Model;

namespace TalkExport.Core.Exporting.Reporting;

/// <summary>
/// Talks per year (oldest first) by kind, counted for the department (a talk on two members' sites
/// once): the one source of every chart of a report — the SVG, the workbook's and the Word section's.
/// </summary>
/// <param name="Years">The years that have a dated talk, oldest first.</param>
/// <param name="Kinds">The kinds that occur, in the model's kind order.</param>
/// <param name="Counts">Counts[year][kind].</param>
/// <param name="Total">The distinct talks, dated or not.</param>
/// <param name="Undated">Talks without a date: they have no bar.</param>
/// <param name="Shared">Talks on several members' sites (each counted once).</param>
public sealed record YearKindChartData(IReadOnlyList<string> Years, IReadOnlyList<TalkKind> Kinds, IReadOnlyList<IReadOnlyList<int>> Counts, int Total, int Undated, int Shared)
{
    /// <summary>The data of <paramref name="talks"/>.</summary>
    public static YearKindChartData Of(IReadOnlyList<Talk> talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        var report = DepartmentReport.Of(talks, [ReportDimension.Year, ReportDimension.Kind], AcademicYear.Default);
        var years = report.Groups.Where(g => g.Key != "undated").OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var kinds = TalkKinds.All.Where(k => years.Any(y => y.Groups.Any(g => g.Key == k.Id()))).ToList();
        return new YearKindChartData(
            [.. years.Select(y => y.Key)],
            kinds,
            [.. years.Select(y => (IReadOnlyList<int>)[.. kinds.Select(k => y.Groups.FirstOrDefault(g => g.Key == k.Id())?.Count ?? 0)])],
            report.Total,
            report.Groups.FirstOrDefault(g => g.Key == "undated")?.Count ?? 0,
            report.Shared.Count);
    }

    /// <summary>The colour (RGB hex, no '#') of the series of kind number <paramref name="kind"/>, the same in every chart.</summary>
    /// <remarks>Okabe–Ito: told apart with every common colour-vision deficiency; it repeats after eight kinds.</remarks>
    public static string Colour(int kind) => Palette[kind % Palette.Length];

    private static readonly string[] Palette = ["0072B2", "E69F00", "009E73", "CC79A7", "56B4E9", "D55E00", "F0E442", "000000"];
}
