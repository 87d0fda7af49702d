using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Tests.FormatsShared;

/// <summary>
/// A small department for the report formats (xlsx, docx --report): Ada's seminar, also on Charles's
/// site (one talk given together), her keynote; Charles's poster dated by month; a hostile talk of a
/// year alone on no one's site.
/// </summary>
public static class DepartmentTalks
{
    public static SiteInfo Ada { get; } = new() { Owner = "Lovelace, Ada", RootPath = "/sites/ada" };

    public static SiteInfo Charles { get; } = new() { Owner = "Charles Babbage", RootPath = "/sites/charles" };

    public static IReadOnlyList<Talk> All { get; } =
    [
        SampleTalks.Seminar with { Site = Ada },
        SampleTalks.Keynote with { Site = Ada },
        SampleTalks.Seminar with { Site = Charles, Key = "babbage2020uncertainty", Source = new SourceLocation("talks/_posts/2020-11-05-uncertainty.md") { FullPath = "/sites/charles/talks/_posts/2020-11-05-uncertainty.md" } },
        SampleTalks.MonthOnly with { Site = Charles },
        SampleTalks.Hostile,
    ];
}
