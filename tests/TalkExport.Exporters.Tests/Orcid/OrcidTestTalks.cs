using System.Globalization;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Tests.Orcid;

/// <summary>Hand-built (fictional, apart from the seed's public facts) talks for the ORCID tests.</summary>
internal static class OrcidTestTalks
{
    public static SiteInfo Site { get; } = new() { BaseUrl = "https://olofmogren.github.io", Owner = "Olof Mogren" };

    /// <summary>A talk shaped like the seed record (the public facts of its front matter).</summary>
    public static Talk SeedLike { get; } = new()
    {
        Key = "mogren2020uncertainty",
        Title = "Uncertainty in deep learning",
        Date = new TalkDate(2020, 11, 5),
        Kind = TalkKind.Seminar,
        Authors = [new Person { Given = "Olof", Family = "Mogren" }],
        Venue = "Learning Machines Seminars at RISE Research Institutes of Sweden",
        Abstract = "Our world is full of uncertainties.\n\nIn this talk, we will connect deep learning with Bayesian machine learning.",
        Links = new TalkLinks
        {
            Slides = "https://olofmogren.github.io/talks/slides/mogren-2020-11-05-uncertainty-in-deep-learning.pdf",
            Event = "https://ri.se/en/education/learning-machines-seminars/",
        },
        Source = new SourceLocation("talks/_posts/2020-11-05-uncertainty-in-deep-learning.md"),
    };

    /// <summary>Records written to break things: controls, limits, odd links, odd dates, odd languages.</summary>
    public static IReadOnlyList<Talk> Hostile { get; } =
    [
        Make("control", "Bell\u0007 and NUL\0 and \u0085 in a \ttitle\r\nwith lines") with
        {
            Abstract = "Line one\r\nline two\u0001\u001F\uFFFE end",
            Venue = "  \u0002  ",
            Authors = [Person.FromLiteral("  "), Person.FromLiteral("Zoë\u0008 Ørsted")],
        },
        Make("surrogates", "Lone \uD800 high and \uDC00 low, emoji 🎤 kept") with { Language = "he" },
        Make("long", new string('T', 999) + "🎤" + new string('x', 500)) with
        {
            Abstract = string.Concat(Enumerable.Repeat("word ", 1500)),
            Venue = new string('V', 1200),
            Authors = [Person.FromLiteral(new string('N', 300))],
            Links = new TalkLinks { Page = "https://example.org/" + new string('p', 400), Slides = "https://example.org/s.pdf" },
        },
        Make("whitespace", "   \n\t ") with { Date = new TalkDate(1850, 1, 1), Language = "xx-invalid" },
        Make("markup", "<script>alert('x')</script> ]]> & \"quotes\" {braces} \\latex") with
        {
            Venue = "Café — العربية — 日本語",
            Date = new TalkDate(2021),
            Language = "zh-TW",
            Links = new TalkLinks { Page = "https://example.org/a b/ä?q=1#frag#more", Event = "https://example.org/a b/ä?q=1#frag#more" },
        },
        Make("relative", "Relative links only") with
        {
            Date = new TalkDate(2019, 3),
            Links = new TalkLinks { Page = "/talks/relative", Slides = "slides.pdf", Video = "javascript:alert(1)", Event = "ftp://example.org/x" },
        },
        Make("shared-a", "Two talks, one page A") with { Links = new TalkLinks { Page = "https://example.org/shared" } },
        Make("shared-b", "Two talks, one page B") with { Links = new TalkLinks { Page = "https://EXAMPLE.org/shared" } },
        Make("event-only", "Event page is no self id") with { Links = new TalkLinks { Page = "https://conf.example/2020", Event = "https://conf.example/2020" } },
    ];

    /// <summary>Numbered plain talks.</summary>
    public static IReadOnlyList<Talk> Many(int count) =>
        Enumerable.Range(1, count).Select(i => Make(i.ToString("D4", CultureInfo.InvariantCulture), $"Talk number {i}") with
        {
            Date = new TalkDate(2000 + (i % 25), 1 + (i % 12), 1 + (i % 28)),
            Kind = TalkKinds.All[i % TalkKinds.All.Count],
            Links = new TalkLinks { Page = $"https://example.org/talks/{i}" },
        }).ToArray();

    private static Talk Make(string name, string title) => new()
    {
        Title = title,
        Date = new TalkDate(2022, 2, 28),
        Source = new SourceLocation($"talks/{name}.md", 1),
    };
}
