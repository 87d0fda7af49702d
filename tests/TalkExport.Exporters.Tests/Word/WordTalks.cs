using TalkExport.Core.Model;

namespace TalkExport.Exporters.Tests.Word;

/// <summary>
/// Talks shaped like the seed site's records (the seed talk as formats/word.md quotes it, the
/// others fictional), as the reader will give them.
/// </summary>
internal static class WordTalks
{
    public const string Owner = "Olof Mogren";

    public static Talk Seed { get; } = new()
    {
        Title = "Uncertainty in deep learning",
        Date = new TalkDate(2020, 11, 5),
        Authors = [new Person { Given = "Olof", Family = "Mogren" }],
        Kind = TalkKind.Seminar,
        Venue = "Learning Machines Seminars at RISE Research Institutes of Sweden",
        Links = new TalkLinks
        {
            Page = "https://olofmogren.github.io/talks/2020/uncertainty-in-deep-learning/",
            Slides = "https://olofmogren.github.io/talks/slides/mogren-2020-11-05-uncertainty-in-deep-learning.pdf",
            Video = "https://www.youtube.com/watch?v=mQHO8M582sg&list=PLqLiVcF3GKy1tuQFoDu5QKOM6S33t_4R1&index=3",
            Event = "https://ri.se/en/education/learning-machines-seminars/",
        },
        Source = new SourceLocation("talks/_posts/2020-11-05-uncertainty-in-deep-learning.md"),
    };

    public static Talk Workshop { get; } = new()
    {
        Title = "Self-supervised learning of sea ice charts",
        Date = new TalkDate(2024, 5, 7),
        EndDate = new TalkDate(2024, 5, 11),
        Authors = [new Person { Given = "Maja", Family = "Lindqvist" }, new Person { Given = "O.", Family = "Mogren" }, new Person { Given = "Jan-Erik", Particle = "van der", Family = "Berg" }],
        Kind = TalkKind.Contributed,
        Venue = "Nordic Workshop on Remote Sensing",
        Location = "Tromsø, Norway",
        Links = new TalkLinks { Slides = "https://example.org/slides/sea-ice.pdf" },
        Source = new SourceLocation("talks/_posts/2024-05-07-sea-ice.md"),
    };

    public static Talk Keynote { get; } = new()
    {
        Title = "Can we trust AI?",
        Date = new TalkDate(2023, 5, 23),
        Kind = TalkKind.Keynote,
        Venue = "Fictional Summit on Responsible Computing",
        Location = "Gothenburg, Sweden",
        Links = new TalkLinks { Video = "https://vimeo.com/000000001" },
        Source = new SourceLocation("talks/_posts/2023-05-23-trust.md"),
    };

    public static Talk Guest { get; } = new()
    {
        Title = "Recurrent networks and sequence labelling",
        Date = new TalkDate(2020, 2),
        Authors = [new Person { Given = "Olof", Family = "Mogren" }],
        Kind = TalkKind.Lecture,
        Venue = "Guest lecture, Example University",
        Links = new TalkLinks { Slides = "/talks/slides/rnn.pdf" },
        Source = new SourceLocation("talks/_posts/2020-02-20-rnn.md"),
    };

    public static IReadOnlyList<Talk> SeedLike { get; } = [Seed, Workshop, Keynote, Guest];

    /// <summary>Control characters, a very long title, RTL and CJK text, odd links.</summary>
    public static IReadOnlyList<Talk> Hostile { get; } =
    [
        new()
        {
            Title = "Bell\u0007 and\u0001 null\u0000 tab\there \u0085mojibake\u0093 " + string.Join(' ', Enumerable.Repeat("very long title words", 120)),
            Date = new TalkDate(2022, 3, 1),
            Authors = [new Person { Given = "Olof", Family = "Mogren" }, Person.FromLiteral("Consortium \u000Bwith\uFFFE junk")],
            Venue = "  Spaces   around  ",
            Links = new TalkLinks { Slides = "javascript:alert(1)", Event = "mailto:talks@example.org", Video = "https://example.org/a b?x=<y>&z=\"q\"" },
            Source = new SourceLocation("talks/_posts/2022-03-01-hostile.md"),
        },
        new()
        {
            Title = "مقدمة في التعلم العميق",
            Date = new TalkDate(2022, 4, 2),
            Authors = [new Person { Given = "ليلى", Family = "حداد" }, new Person { Given = "Olof", Family = "Mogren" }],
            Venue = "جامعة المثال",
            Source = new SourceLocation("talks/_posts/2022-04-02-arabic.md"),
        },
        new()
        {
            Title = "למידה עמוקה למתחילים",
            Date = new TalkDate(2022, 4, 3),
            Venue = "אוניברסיטת הדוגמה",
            Source = new SourceLocation("talks/_posts/2022-04-03-hebrew.md"),
        },
        new()
        {
            Title = "深度学习中的不确定性",
            Date = new TalkDate(2022, 6),
            Authors = [new Person { Given = "伟", Family = "张" }, new Person { Given = "Olof", Family = "Mogren" }],
            Venue = "示例大学 🎓",
            Source = new SourceLocation("talks/_posts/2022-06-01-cjk.md"),
        },
    ];
}
