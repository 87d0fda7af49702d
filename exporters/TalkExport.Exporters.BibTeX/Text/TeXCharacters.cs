using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>
/// One character in TeX. Multi-letter commands are written as a brace group (<c>{\textbackslash}</c>)
/// so that a style that upper-cases a field cannot turn them into undefined commands and the
/// group never swallows the next letter.
/// </summary>
internal static class TeXCharacters
{
    // Every letter LatinLetters knows is below U+1F00 (Latin-1 to Latin Extended Additional);
    // its ToTeX builds a new string per call, so the answers for that range are kept once.
    private const char FirstCached = '\u0080';
    private const char EndCached = '\u1F00';

    private static readonly string?[] LatinTeX = BuildLatinTeX();

    /// <summary>Appends <paramref name="c"/> escaped. <paramref name="braceBalanced"/> tells whether a brace has its partner.</summary>
    public static void Append(System.Text.StringBuilder builder, char c, bool braceBalanced, bool asciiAccents)
    {
        switch (c)
        {
            case '\\':
                builder.Append(@"{\textbackslash}");
                return;
            case '{':
                // bibtex and biber count \{ as a brace too: only a balanced pair may be written that way.
                builder.Append(braceBalanced ? @"\{" : @"{\textbraceleft}");
                return;
            case '}':
                builder.Append(braceBalanced ? @"\}" : @"{\textbraceright}");
                return;
            case '&' or '%' or '$' or '#' or '_':
                builder.Append('\\').Append(c);
                return;
            case '~':
                builder.Append(@"{\textasciitilde}");
                return;
            case '-' when builder.Length > 0 && builder[^1] == '-':
                // TeX makes "--" an en dash and "---" an em dash: hyphens written as hyphens stay hyphens.
                builder.Append("{}-");
                return;
            case '^':
                builder.Append(@"{\textasciicircum}");
                return;
            default:
                break;
        }

        if (c < 0x80 || !asciiAccents)
        {
            builder.Append(c);
        }
        else if (LatinToTeX(c) is { } tex)
        {
            builder.Append('{').Append(tex).Append('}');
        }
        else
        {
            builder.Append(Punctuation(c) ?? c.ToString());
        }
    }

    /// <summary>True when <paramref name="c"/> becomes an accent command that a style would case-change.</summary>
    public static bool IsAccentedCapital(char c, bool asciiAccents) => asciiAccents && c > 0x7f && char.IsUpper(c) && LatinToTeX(c) is not null;

    /// <summary>True when pdflatex with T1 fonts and UTF-8 input typesets the character (Latin-1, Latin Extended-A, common punctuation).</summary>
    public static bool PdfLaTeXCanTypeset(char c, bool asciiAccents) =>
        c <= 0x17F || (asciiAccents && (LatinToTeX(c) is not null || Punctuation(c) is not null)) ||
        c is '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201A' or '\u201C' or '\u201D' or '\u201E' or '\u2026' or '\u2022' or '\u20AC';

    /// <summary><see cref="LatinLetters.ToTeX"/>, without a new string per call.</summary>
    public static string? LatinToTeX(char c) =>
        c is >= FirstCached and < EndCached ? LatinTeX[c - FirstCached] : LatinLetters.ToTeX(c);

    private static string?[] BuildLatinTeX()
    {
        var table = new string?[EndCached - FirstCached];
        for (var c = FirstCached; c < EndCached; c++)
        {
            table[c - FirstCached] = LatinLetters.ToTeX(c);
        }

        return table;
    }

    private static string? Punctuation(char c) => c switch
    {
        '\u2013' => "--",
        '\u2014' => "---",
        '\u2018' => "`",
        '\u2019' => "'",
        '\u201C' => "``",
        '\u201D' => "''",
        '\u2026' => @"{\ldots}",
        '\u00A0' => "~",
        _ => null,
    };
}
