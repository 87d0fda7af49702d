using System.Buffers;
using System.Collections.Frozen;
using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.BibTeX.Importing;

/// <summary>
/// The reverse of <see cref="LatinLetters.ToTeX"/>: TeX accent commands as Unicode combining marks,
/// and the table that composes a letter with its marks back into the one character. Built from
/// <see cref="LatinLetters"/> itself, so every letter our exporter writes as <c>{\"o}</c> or
/// <c>{\'{\^a}}</c> decodes back to exactly that letter.
/// </summary>
internal static class TeXAccents
{
    // The runtime runs with invariant globalization (string.Normalize does not compose), so the
    // composition is this table's: a base letter plus its marks, innermost first, to the letter.
    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly (FrozenDictionary<string, char> Compose, FrozenDictionary<char, string> Decompose, FrozenDictionary<string, char> Letters) Tables = Build();

    /// <summary>The combining mark of the accent command <paramref name="command"/> (the character after the backslash), or '\0'.</summary>
    public static char Mark(char command) => command switch
    {
        '`' => '\u0300',
        '\'' => '\u0301',
        '^' => '\u0302',
        '~' => '\u0303',
        '=' => '\u0304',
        'u' => '\u0306',
        '.' => '\u0307',
        '"' => '\u0308',
        'r' => '\u030A',
        'H' => '\u030B',
        'v' => '\u030C',
        'd' => '\u0323',
        'c' => '\u0327',
        'k' => '\u0328',
        'b' => '\u0331',
        't' => '\u0361',
        _ => '\0',
    };

    /// <summary>The character an accent shows as on its own (<c>\^{}</c> is "^"), for an accent with an empty argument.</summary>
    public static string Alone(char command) => command switch
    {
        '`' => "`",
        '\'' => "\u00B4",
        '^' => "^",
        '~' => "~",
        '=' => "\u00AF",
        '.' => "\u02D9",
        '"' => "\u00A8",
        'u' => "\u02D8",
        'v' => "\u02C7",
        'H' => "\u02DD",
        'r' => "\u02DA",
        'c' => "\u00B8",
        'k' => "\u02DB",
        _ => "",
    };

    /// <summary>The letter a control word names (<c>ss</c> is ß, <c>AA</c> is Å, <c>i</c> is ı), or '\0'.</summary>
    public static char Letter(string name) =>
        Tables.Letters.TryGetValue(name, out var letter) ? letter
        : name == "j" ? '\u0237'
        : '\0';

    /// <summary>
    /// The accent's argument (a letter, maybe followed by combining marks that found no precomposed
    /// letter, then more text) with <paramref name="mark"/> added on top of the first letter's marks:
    /// the precomposed letter when there is one (the dotless ı and ȷ carry accents as i and j), else
    /// the letter, its marks and the new combining mark.
    /// </summary>
    public static string Apply(string argument, char mark)
    {
        var cluster = 1;
        while (cluster < argument.Length && argument[cluster] is >= '\u0300' and <= '\u036F')
        {
            cluster++;
        }

        var letter = argument[0];
        var decomposed = letter switch
        {
            '\u0131' => "i",
            '\u0237' => "j",
            _ => Tables.Decompose.TryGetValue(letter, out var parts) ? parts : letter.ToString(),
        };

        var marked = string.Concat(decomposed, argument.AsSpan(1, cluster - 1), [mark]);
        var rest = argument.AsSpan(cluster);
        return Tables.Compose.TryGetValue(marked, out var composed)
            ? string.Concat([composed], rest)
            : string.Concat(argument.AsSpan(0, cluster), [mark], rest);
    }

    private static (FrozenDictionary<string, char>, FrozenDictionary<char, string>, FrozenDictionary<string, char>) Build()
    {
        var compose = new Dictionary<string, char>(StringComparer.Ordinal);
        var decompose = new Dictionary<char, string>();
        var letters = new Dictionary<string, char>(StringComparer.Ordinal);

        // Å and å are written \AA and \aa but are A and a with a ring, which Ǻ (\'{\r{A}}) builds on.
        foreach (var (ringed, plain) in (ReadOnlySpan<(char, char)>)[('\u00C5', 'A'), ('\u00E5', 'a')])
        {
            compose[$"{plain}\u030A"] = ringed;
            decompose[ringed] = $"{plain}\u030A";
        }

        for (var c = '\u0080'; c < '\u1F00'; c++)
        {
            if (LatinLetters.ToTeX(c) is not { } tex)
            {
                continue;
            }

            // \ss, \AA: a backslash and letters only (letter accents always come with braces, \c{c}).
            if (tex.Length > 1 && tex[0] == '\\' && tex.AsSpan(1).IndexOfAnyExcept(AsciiLetters) < 0)
            {
                letters.TryAdd(tex[1..], c);
                continue;
            }

            // Decoded without composing: the base letter followed by its marks, innermost first.
            var parts = TeXText.DecodeUncomposed(tex);
            if (parts.Length > 1 && compose.TryAdd(parts, c))
            {
                decompose[c] = parts;
            }
        }

        return (compose.ToFrozenDictionary(StringComparer.Ordinal), decompose.ToFrozenDictionary(), letters.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
