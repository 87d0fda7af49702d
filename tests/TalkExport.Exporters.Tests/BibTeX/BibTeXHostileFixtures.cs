using TalkExport.Core.Model;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>Hostile titles, names, venues and links. Latin ones compile with pdflatex; the Unicode ones need xelatex.</summary>
internal static class BibTeXHostileFixtures
{
    public static readonly string LongTitle = string.Join(' ', Enumerable.Range(0, 400).Select(i => i % 10 == 0 ? "Bayesian" : "deep")) + " learning";

    public static IReadOnlyList<Talk> Latin()
    {
        var ingrid = BibTeXFixtures.Ingrid;
        var talks = new List<Talk>
        {
            Make(1, "Costs & 50% of $5 for #1 in snake_case ~ ^ \\ and C:\\Users\\x", [ingrid]),
            Make(2, "Left { only and right } only, }{ crossed, {balanced} pair", [ingrid]),
            Make(3, "\\input{/etc/passwd} and \\write18{rm -rf /} \\immediate\\write18{ls}", [ingrid]),
            Make(4, "The <i>Bayesian</i> view of <b>GANs</b> &amp; NLP, where x < y", [ingrid]),
            Make(5, "Östergötland, Ærø and Łódź: Straße zur Übung in São Paulo", [new Person { Given = "Åsa", Family = "Öberg" }, new Person { Given = "José", Family = "Núñez" }]) with
            {
                Venue = "Café Ångström in Malmö",
                Location = "Ærøskøbing, Danmark",
            },
            Make(6, "Names with particles, suffixes and organisations",
            [
                new Person { Given = "Anna", Particle = "van der", Family = "Berg" },
                new Person { Given = "Martin Luther", Family = "King", Suffix = "Jr." },
                Person.FromLiteral("Research Institutes of Sweden"),
                Person.FromLiteral("Simon and Garfunkel"),
                new Person { Given = "Gabriel", Family = "García Márquez" },
                new Person { Given = "Zoë", Family = "Brontë-Ćosić" },
                Person.FromLiteral("Smith, Jones & Partners"),
            ]),
            Make(7, LongTitle, [ingrid]) with { Venue = string.Concat(Enumerable.Repeat("Very Long Conference Name ", 60)).Trim() },
            Make(8, "Links with unsafe characters", [ingrid]) with
            {
                Links = new TalkLinks
                {
                    Page = "https://example.org/talks/a b/{x}/100%",
                    Slides = "https://example.org/slides/r%C3%A9sum%C3%A9.pdf",
                    Video = "https://example.org/watch?v=1&t=2#frag",
                    Event = "https://example.org/~user/event_2020/?a=1&b=2",
                    Code = "https://example.org/code^x",
                },
            },
            Make(9, "iPhone, eBay and I: what 'quotes' and “smart quotes” – dashes — mean…", [ingrid]),
            Make(10, "Line\nbreaks\tand\u0007 control characters", [ingrid]),
        };

        // Two talks whose keys differ only in case: a record's existing key and a generated one.
        talks.Add(Make(11, "Duplicates matter", [ingrid]) with { BibTeX = "@misc{Sjoberg2020Duplicates,\n  title = {x}\n}" });
        talks.Add(Make(12, "Duplicates matter", [ingrid]));
        return talks;
    }

    public static IReadOnlyList<Talk> Unicode() =>
    [
        Make(21, "Deep learning 🤖 for everyone", [BibTeXFixtures.Ingrid]),
        Make(22, "深度学习简介", [new Person { Given = "小明", Family = "王" }]) with { Venue = "清华大学", Location = "北京" },
        Make(23, "مقدمة في التعلم العميق", [Person.FromLiteral("جامعة القاهرة")]),
        Make(24, "Ελληνικά and Кириллица with Tiếng Việt", [new Person { Given = "Nguyễn", Family = "Văn An" }]),
    ];

    private static Talk Make(int n, string title, IReadOnlyList<Person> authors) => new()
    {
        Title = title,
        Date = new TalkDate(2020, 1 + (n % 12), 1 + n),
        Authors = authors,
        Kind = TalkKinds.All[n % TalkKinds.All.Count],
        Venue = "Workshop on Hostile Input",
        Location = "Gothenburg, Sweden",
        Tags = ["default", "tag & more", "C#"],
        Links = new TalkLinks { Page = $"https://example.org/talks/{n}/_a&b" },
        Source = new SourceLocation($"hostile/{n:D2}.md"),
    };
}
