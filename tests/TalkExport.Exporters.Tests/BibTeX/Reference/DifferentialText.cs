using System.Text;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Tests.BibTeX.Reference;

/// <summary>
/// Seeded random text for the differential tests: words, capitals, accents (precomposed, combining,
/// every Latin block), TeX specials, braces, HTML tags and entities, all kinds of white space and
/// control characters, emoji (and lone surrogates), CJK, "and", commas and equals signs.
/// </summary>
internal sealed class DifferentialText(int seed)
{
    private static readonly string[] Pieces =
    [
        "a", "b", "Z", "deep", "the", "GANs", "NLP", "Bayesian", "iPhone", "2020", "x1", "and", "AND", "And", "aNd", "andy", "band",
        " ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u202F", "\u2007", "\u2003", "\u3000", "\u0085", "\u2028",
        "\\", "{", "}", "{", "}", "{}", "}{", "&", "%", "$", "#", "_", "~", "^", "@", "=", ",", ";", ":", ".", "?", "!", "\"", "'",
        "(", ")", "[", "]", "-", "/", "<", ">", "\\emph{x}", "\\input{/etc/passwd}",
        "<i>", "</i>", "<b>", "</b>", "<em>", "</em>", "<strong>", "<cite>", "<br/>", "<p>", "<a href='x'>", "</a>", "<I>",
        "&amp;", "&lt;", "&mdash;", "&#233;", "&nbsp;", "&bogus;", "x < y",
        "Å", "å", "Ö", "ö", "É", "é", "Ü", "ß", "ẞ", "Æ", "æ", "Ø", "ø", "Ł", "ł", "İ", "ı", "Ǆ", "ǅ", "ấ", "Ấ", "Ḝ", "Ŋ", "Þ",
        "e\u0301", "O\u0308", "λ", "Λ", "Ж", "ж", "ع", "深", "度", "🤖", "\uD83D", "\uDE00", "’", "‘", "“", "”", "–", "—", "…", "€", "•",
        "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009F", "\u200B", "\uFEFF",
    ];

    private readonly Random _random = new(seed);

    /// <summary>Between 0 and <paramref name="maxPieces"/> pieces, or now and then one random UTF-16 unit string.</summary>
    public string Text(int maxPieces)
    {
        var builder = new StringBuilder();
        if (_random.Next(10) == 0)
        {
            for (var i = _random.Next(1, 12); i > 0; i--)
            {
                builder.Append((char)_random.Next(_random.Next(2) == 0 ? 0x250 : 0x10000));
            }

            return builder.ToString();
        }

        for (var i = _random.Next(0, maxPieces + 1); i > 0; i--)
        {
            builder.Append(Pieces[_random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>A name part: null, blank, or text.</summary>
    public string? Part(int maxPieces) => _random.Next(8) switch
    {
        0 => null,
        1 => " ",
        _ => Text(maxPieces),
    };

    public Person Person() => _random.Next(5) switch
    {
        0 => Core.Model.Person.FromLiteral(Text(5)),
        _ => new Person { Given = Part(3), Particle = _random.Next(3) == 0 ? Part(2) : null, Family = Part(3), Suffix = _random.Next(4) == 0 ? Part(2) : null },
    };

    public string? Link() => _random.Next(6) switch
    {
        0 => null,
        1 => "https://example.org/" + Text(2),
        2 => " https://example.org/same ",
        3 => "https://example.org/same",
        _ => $"https://example.org/t/{_random.Next(100)}?q={Text(1)}",
    };

    public TalkDate? Date() => _random.Next(6) switch
    {
        0 => null,
        1 => new TalkDate(1890 + _random.Next(200)),
        2 => new TalkDate(1890 + _random.Next(200), 1 + _random.Next(12)),
        _ => new TalkDate(1890 + _random.Next(200), 1 + _random.Next(12), 1 + _random.Next(28)),
    };

    public Talk Talk(int n) => new()
    {
        Key = _random.Next(4) switch { 0 => "", 1 => Text(2), _ => $"key{n}" },
        Title = Text(12),
        Date = Date(),
        EndDate = _random.Next(3) == 0 ? Date() : null,
        Authors = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Person()).ToArray(),
        Kind = TalkKinds.All[_random.Next(TalkKinds.All.Count)],
        Venue = _random.Next(3) switch { 0 => null, 1 => TalkKinds.All[_random.Next(TalkKinds.All.Count)].Label() + Text(3), _ => Text(6) },
        Location = _random.Next(3) == 0 ? null : Text(4),
        Tags = Enumerable.Range(0, _random.Next(0, 5)).Select(_ => _random.Next(4) == 0 ? "Default" : Text(2)).ToArray(),
        Links = new TalkLinks { Page = Link(), Slides = Link(), Video = Link(), Event = Link(), Code = Link() },
        Source = new SourceLocation($"gen/{n:D4}.md"),
    };
}
