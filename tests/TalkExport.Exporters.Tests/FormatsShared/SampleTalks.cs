using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Tests.FormatsShared;

/// <summary>Hand-built talks (fictional, in the shapes of the corpus) until the reader lands.</summary>
internal static class SampleTalks
{
    public static SiteInfo Site { get; } = new() { Owner = "Ada Lindqvist", BaseUrl = "https://ada.example.org" };

    /// <summary>Shaped like the seed record: a seminar with slides, video, event link and a two-paragraph abstract.</summary>
    public static Talk Seminar { get; } = new()
    {
        Key = "lindqvist2020uncertainty",
        Title = "Uncertainty in deep learning",
        Date = new TalkDate(2020, 11, 5),
        Authors = [new Person { Given = "Ada", Family = "Lindqvist" }],
        Kind = TalkKind.Seminar,
        Venue = "Learning Machines Seminars at Nordic Institute of Testing",
        Abstract = "Our world is full of uncertainties.\n\nThis talk shows how models can say \"I don't know\".",
        Tags = ["default", "uncertainty"],
        Links = new TalkLinks
        {
            Page = "https://ada.example.org/talks/2020/uncertainty-in-deep-learning/",
            Slides = "https://ada.example.org/talks/slides/uncertainty.pdf",
            Video = "https://www.youtube.com/watch?v=abc123",
            Event = "https://nit.example.org/seminars/",
        },
        Source = new SourceLocation("talks/_posts/2020-11-05-uncertainty-in-deep-learning.md"),
        Extra =
        [
            new("layout", new FrontMatterScalar("talks")),
            new("imgsrc", new FrontMatterScalar("/graphics/uncertainty.png") { IsQuoted = true }),
            new("featured", new FrontMatterScalar("true")),
            new("empty", new FrontMatterScalar("") { IsNull = true }),
            new("co_hosts", new FrontMatterSequence([new FrontMatterScalar("Nils"), new FrontMatterScalar("Åsa")])),
            new("meta", new FrontMatterMapping([new("room", new FrontMatterScalar("B12")), new("seats", new FrontMatterScalar("40"))])),
        ],
    };

    /// <summary>A multi-day keynote with two speakers, one of them an organisation, and a location.</summary>
    public static Talk Keynote { get; } = new()
    {
        Key = "lindqvist2019keynote",
        Title = "Learning from few examples: a keynote",
        Date = new TalkDate(2019, 6, 3),
        EndDate = new TalkDate(2019, 6, 5),
        Authors = [new Person { Given = "Ada", Family = "Lindqvist" }, Person.FromLiteral("Nordic AI Consortium")],
        Kind = TalkKind.Keynote,
        Venue = "Scandinavian Conference on Machine Learning",
        Location = "Malmö, Sweden",
        Tags = ["few-shot"],
        Links = new TalkLinks { Event = "https://scml.example.org/2019/" },
        Language = "en",
        Source = new SourceLocation("_talks/2019-06-03-keynote.md"),
    };

    /// <summary>Known only to the month, no authors (the site owner's own talk), no links.</summary>
    public static Talk MonthOnly { get; } = new()
    {
        Key = "lindqvist2018poster",
        Title = "Posters about posters",
        Date = new TalkDate(2018, 3),
        Kind = TalkKind.Poster,
        Venue = "Workshop on Meta Things",
        Source = new SourceLocation("_talks/2018-03-poster.md"),
        BibTeX = "@misc{lindqvist2018poster,\n  title = {Posters about posters}\n}",
    };

    /// <summary>Hostile values: quotes, separators, line breaks, control characters, formulas, non-ASCII.</summary>
    public static Talk Hostile { get; } = new()
    {
        Key = "hostile2021",
        Title = "=HYPERLINK(\"http://evil.example\",\"click\")",
        Date = new TalkDate(2021),
        Authors = [Person.FromLiteral("@attacker"), new Person { Given = "Zoë", Family = "Ørsted-Ångström" }],
        Kind = TalkKind.Talk,
        Venue = "+SUM(1;2), \"Quoted\"; semi;colon",
        Location = "-2+3 Tab\there\u0001bell\u0007",
        Abstract = "Line one, with comma\r\nline two \"quoted\"\n\nPara 2: 日本語 🎉 \u001b[31mred\u001b[0m",
        Tags = ["a,b", "c;d", "-minus"],
        Links = new TalkLinks { Page = "https://ada.example.org/talks/hostile/?a=1&b=2" },
        Source = new SourceLocation("_talks/2021-hostile.md", 3),
        Extra = [new("note", new FrontMatterScalar("multi\nline\u0085note"))],
    };

    /// <summary>A title that spans two lines (a hand-built talk; the reader collapses these).</summary>
    public static Talk MultiLineTitle { get; } = new()
    {
        Key = "lindqvist2017multiline",
        Title = "A title\non two lines",
        Date = new TalkDate(2017, 1, 31),
        Kind = TalkKind.Lecture,
        Venue = "Guest lecture, Uppsala University",
        Source = new SourceLocation("_talks/2017-01-31-multiline.md"),
    };

    /// <summary>All of them, newest first (the default export order).</summary>
    public static IReadOnlyList<Talk> All { get; } = [.. new[] { Seminar, Keynote, MonthOnly, Hostile, MultiLineTitle }.Order(TalkOrder.NewestFirst)];

    /// <summary>The printable ones (no hostile values), newest first: for pandoc and LaTeX oracles.</summary>
    public static IReadOnlyList<Talk> Printable { get; } = [.. new[] { Seminar, Keynote, MonthOnly }.Order(TalkOrder.NewestFirst)];
}
