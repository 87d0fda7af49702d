using System.Text;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>A seeded generator of hostile titles and names (the same seed gives the same talks).</summary>
internal sealed class HostileTextGenerator(int seed, bool alwaysDated = false)
{
    private static readonly string[] Pieces =
    [
        "a", "b", "Z", "x", "GANs", "NLP", "Bayesian", "deep", "the", "and", " and ", "AND", "iPhone", "2020",
        " ", " ", " ", "  ", "\t", "\n", "\u00A0",
        "\\", "{", "}", "{", "}", "&", "%", "$", "#", "_", "~", "^", "@", "=", "\"", "'", ",", ":", ".", "?", "(", ")",
        "\\input{/etc/passwd}", "\\write18{ls}", "\\emph{", "%%", "}{",
        "<i>", "</i>", "<b>", "</b>", "<em>", "&amp;", "&lt;", "x < y", "<br/>",
        "å", "Å", "ö", "Ö", "é", "ü", "ß", "æ", "ø", "ł", "Ł", "ç", "ñ", "ấ", "Ǆ",
        "🤖", "深", "度", "ع", "ل", "Ж", "λ", "’", "“", "”", "–", "—", "…", "\u0007",
    ];

    private readonly Random _random = new(seed);

    public string Text(int maxPieces)
    {
        var builder = new StringBuilder();
        var count = _random.Next(1, maxPieces + 1);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pieces[_random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    public Person Person() => _random.Next(6) switch
    {
        0 => Core.Model.Person.FromLiteral(NonBlank(6)),
        1 => new Person { Given = NonBlank(3), Particle = "van der", Family = NonBlank(3) },
        2 => new Person { Given = NonBlank(3), Family = NonBlank(3), Suffix = "Jr." },
        _ => new Person { Given = NonBlank(3), Family = NonBlank(3) },
    };

    public Talk Talk(int n) => new()
    {
        // A few titles repeat so that keys clash.
        Title = n % 5 == 0 ? "Same title" : NonBlank(12),
        Date = _random.Next(8) == 0 && !alwaysDated ? null : new TalkDate(2000 + _random.Next(25), 1 + _random.Next(12), 1 + _random.Next(28)),
        Authors = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Person()).ToArray(),
        Kind = TalkKinds.All[_random.Next(TalkKinds.All.Count)],
        Venue = _random.Next(3) == 0 ? null : NonBlank(6),
        Location = _random.Next(3) == 0 ? null : NonBlank(4),
        Tags = ["default", Text(3)],
        Links = new TalkLinks { Page = $"https://example.org/t/{n}" },
        Source = new SourceLocation($"gen/{n:D4}.md"),
    };

    // Letters first, so a name or title is never only white space.
    private string NonBlank(int maxPieces) => "Q" + Text(maxPieces);
}
