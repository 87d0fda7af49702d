using System.Buffers;
using System.Text;

namespace TalkExport.Exporters.BibTeX.Importing;

/// <summary>
/// A .bib field's TeX as plain Unicode text. Accents in every form (<c>\'e</c>, <c>\'{e}</c>,
/// <c>{\'e}</c>, <c>\c{c}</c>, <c>\'{\^a}</c>) become the precomposed letter (<see cref="TeXAccents"/>),
/// special letters (<c>\ss</c>, <c>\o</c>, <c>\AA</c>, <c>\i</c>) their character, escaped specials
/// (<c>\&amp;</c>, <c>\%</c>, <c>\{</c>) themselves, <c>~</c> a no-break space, <c>--</c>/<c>---</c> dashes,
/// <c>``</c>/<c>''</c> curly double quotes and a lone <c>`</c> an opening single quote (a lone
/// <c>'</c> stays the ASCII apostrophe: most are apostrophes). Styling commands (<c>\emph{x}</c>,
/// <c>\textbf{x}</c>) give their text, <c>\url{x}</c> its URL as written, <c>\href{u}{t}</c> its text;
/// protecting braces go. Math between <c>$</c> is kept as its TeX source without the dollars
/// (<c>$x^2$</c> is "x^2"): there is no plain-text form of math.
/// </summary>
/// <remarks>
/// The value is only text: a command we do not know loses its name and keeps its argument's text
/// (<c>\input{/etc/passwd}</c> is "/etc/passwd", <c>\write18{…}</c> is "18…"), nothing is ever run
/// or looked up, and the result goes on to a writer that escapes it. Work is linear in the value;
/// only an accent's braced argument is read recursively, at most <see cref="MaxArgumentDepth"/> deep.
/// </remarks>
internal static class TeXText
{
    private const int MaxArgumentDepth = 16;

    // A value without any of these is its own text.
    private static readonly SearchValues<char> Special = SearchValues.Create("\\{}~$-`'");

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["textendash"] = "\u2013",
        ["textemdash"] = "\u2014",
        ["textquoteright"] = "\u2019",
        ["textquoteleft"] = "\u2018",
        ["textquotedblleft"] = "\u201C",
        ["textquotedblright"] = "\u201D",
        ["textquotedbl"] = "\"",
        ["textbackslash"] = "\\",
        ["textbraceleft"] = "{",
        ["textbraceright"] = "}",
        ["lbrace"] = "{",
        ["rbrace"] = "}",
        ["textasciitilde"] = "~",
        ["textasciicircum"] = "^",
        ["textunderscore"] = "_",
        ["textbar"] = "|",
        ["textless"] = "<",
        ["textgreater"] = ">",
        ["ldots"] = "\u2026",
        ["dots"] = "\u2026",
        ["textellipsis"] = "\u2026",
        ["textdegree"] = "\u00B0",
        ["textregistered"] = "\u00AE",
        ["texttrademark"] = "\u2122",
        ["textcopyright"] = "\u00A9",
        ["copyright"] = "\u00A9",
        ["S"] = "\u00A7",
        ["P"] = "\u00B6",
        ["pounds"] = "\u00A3",
        ["textsterling"] = "\u00A3",
        ["euro"] = "\u20AC",
        ["texteuro"] = "\u20AC",
        ["textbullet"] = "\u2022",
        ["guillemotleft"] = "\u00AB",
        ["guillemotright"] = "\u00BB",
        ["guillemetleft"] = "\u00AB",
        ["guillemetright"] = "\u00BB",
        ["textperiodcentered"] = "\u00B7",
        ["textexclamdown"] = "\u00A1",
        ["textquestiondown"] = "\u00BF",
        ["nobreakspace"] = "\u00A0",
        ["quad"] = " ",
        ["qquad"] = " ",
        ["space"] = " ",
        ["slash"] = "/",
        ["LaTeX"] = "LaTeX",
        ["TeX"] = "TeX",
        ["BibTeX"] = "BibTeX",
        ["LaTeXe"] = "LaTeX2e",
    };

    /// <summary>The plain text of <paramref name="tex"/> (white space kept as written: the caller collapses it).</summary>
    public static string Decode(string tex)
    {
        ArgumentNullException.ThrowIfNull(tex);
        if (tex.AsSpan().IndexOfAny(Special) < 0)
        {
            return tex;
        }

        var output = new StringBuilder(tex.Length);
        new Decoder(tex, compose: true).Run(output, 0, tex.Length, 0);
        return output.ToString();
    }

    /// <summary>As <see cref="Decode"/> but accents as combining marks after their letter: how <see cref="TeXAccents"/> builds its table.</summary>
    internal static string DecodeUncomposed(string tex)
    {
        var output = new StringBuilder(tex.Length);
        new Decoder(tex, compose: false).Run(output, 0, tex.Length, 0);
        return output.ToString();
    }

    private readonly struct Decoder(string tex, bool compose)
    {
        // Decodes tex[from..to) into output; returns nothing: every position is consumed.
        public void Run(StringBuilder output, int from, int to, int depth)
        {
            var i = from;
            while (i < to)
            {
                i = Step(output, i, to, depth);
            }
        }

        // Decodes one token at i; returns the position after it.
        private int Step(StringBuilder output, int i, int to, int depth)
        {
            var c = tex[i];
            switch (c)
            {
                case '{' or '}':
                    // Protecting braces (and the groups of commands we drop) carry no text.
                    return i + 1;
                case '~':
                    output.Append('\u00A0');
                    return i + 1;
                case '-':
                    if (At(i, to, "---"))
                    {
                        output.Append('\u2014');
                        return i + 3;
                    }

                    if (At(i, to, "--"))
                    {
                        output.Append('\u2013');
                        return i + 2;
                    }

                    output.Append('-');
                    return i + 1;
                case '`':
                    if (At(i, to, "``"))
                    {
                        output.Append('\u201C');
                        return i + 2;
                    }

                    output.Append('\u2018');
                    return i + 1;
                case '\'':
                    if (At(i, to, "''"))
                    {
                        output.Append('\u201D');
                        return i + 2;
                    }

                    output.Append('\'');
                    return i + 1;
                case '$':
                    return MathText(output, i, to);
                case '\\':
                    return Command(output, i, to, depth);
                default:
                    output.Append(c);
                    return i + 1;
            }
        }

        // $…$ (or $$…$$): the math's own text, without the dollars; a lone '$' is itself.
        private int MathText(StringBuilder output, int i, int to)
        {
            var open = At(i, to, "$$") ? 2 : 1;
            for (var j = i + open; j < to; j++)
            {
                if (tex[j] == '\\')
                {
                    j++;
                }
                else if (tex[j] == '$')
                {
                    output.Append(tex, i + open, j - i - open);
                    return Math.Min(to, j + open);
                }
            }

            output.Append('$');
            return i + 1;
        }

        private int Command(StringBuilder output, int i, int to, int depth)
        {
            var start = i + 1;
            if (start >= to)
            {
                return to;
            }

            var first = tex[start];
            if (!char.IsAsciiLetter(first))
            {
                // A control symbol: \' \" \^ … are accents, \& \% \{ … the character itself.
                if (TeXAccents.Mark(first) is not '\0' and var mark)
                {
                    return Accent(output, first, mark, start + 1, to, depth, skipSpaces: false);
                }

                switch (first)
                {
                    case '\\':
                        output.Append(' ');
                        break;
                    case '-' or '/' or '@':
                        // A hyphenation point, an italic correction, a space factor: no text.
                        break;
                    case ',' or ';' or ':' or '!' or '>':
                        output.Append(first is ',' ? '\u2009' : ' ');
                        break;
                    default:
                        output.Append(first);
                        break;
                }

                return start + 1;
            }

            var end = start;
            while (end < to && char.IsAsciiLetter(tex[end]))
            {
                end++;
            }

            var name = tex[start..end];
            var after = SkipSpaces(end, to);
            if (name.Length == 1 && TeXAccents.Mark(name[0]) is not '\0' and var letterMark)
            {
                return Accent(output, name[0], letterMark, after, to, depth, skipSpaces: true);
            }

            if (compose && TeXAccents.Letter(name) is not '\0' and var letter)
            {
                output.Append(letter);
                return after;
            }

            if (Symbols.TryGetValue(name, out var symbol))
            {
                output.Append(symbol);
                return after;
            }

            switch (name)
            {
                case "url" or "nolinkurl" when after < to && tex[after] == '{':
                    var close = GroupEnd(after, to);
                    output.Append(tex, after + 1, Math.Max(0, close - after - 1));
                    return Math.Min(to, close + 1);
                case "href" when after < to && tex[after] == '{':
                    // \href{url}{text}: the text is what a reader sees.
                    return Math.Min(to, GroupEnd(after, to) + 1);
                default:
                    // Styling (\emph, \textbf, \textsc), declarations (\it, \bf) and anything unknown:
                    // the name goes; the argument's braces are then dropped as protecting braces.
                    // A control word eats the spaces after it, but a space before a word is kept.
                    return after > end && after < to && tex[after] != '{' ? KeepOneSpace(output, end) : after;
            }
        }

        // A word after a dropped command stays apart from the text before it: one space, unless there is one.
        private static int KeepOneSpace(StringBuilder output, int end)
        {
            if (output.Length == 0 || !char.IsWhiteSpace(output[^1]))
            {
                output.Append(' ');
            }

            return end + 1;
        }

        // An accent on the next letter, control word (\i) or braced group; an empty group gives the accent alone.
        private int Accent(StringBuilder output, char command, char mark, int i, int to, int depth, bool skipSpaces)
        {
            if (skipSpaces)
            {
                i = SkipSpaces(i, to);
            }

            if (i >= to)
            {
                output.Append(TeXAccents.Alone(command));
                return to;
            }

            var argument = new StringBuilder();
            int next;
            if (tex[i] == '{')
            {
                var close = GroupEnd(i, to);
                if (depth < MaxArgumentDepth)
                {
                    Run(argument, i + 1, close, depth + 1);
                }
                else
                {
                    // Nested too deep to be a real accent: the letters, without the braces.
                    foreach (var ch in tex.AsSpan(i + 1, close - i - 1))
                    {
                        if (ch is not ('{' or '}' or '\\'))
                        {
                            argument.Append(ch);
                        }
                    }
                }

                next = Math.Min(to, close + 1);
            }
            else if (tex[i] == '\\' && depth < MaxArgumentDepth)
            {
                next = Step(argument, i, to, depth + 1);
            }
            else
            {
                argument.Append(tex[i]);
                next = i + 1;
            }

            if (argument.Length == 0)
            {
                output.Append(TeXAccents.Alone(command));
            }
            else if (command == 't')
            {
                // The tie (\t{oo}) joins two letters: the letters are the text.
                output.Append(argument);
            }
            else if (compose)
            {
                output.Append(TeXAccents.Apply(argument.ToString(), mark));
            }
            else
            {
                // The marks after their letter, innermost first (\'{\^a} is a, circumflex, acute).
                output.Append(argument).Append(mark);
            }

            return next;
        }

        // The position of the '}' that closes the group opening at `open`, or `to` when it is not closed.
        private int GroupEnd(int open, int to)
        {
            var depth = 0;
            for (var j = open; j < to; j++)
            {
                switch (tex[j])
                {
                    case '\\':
                        j++;
                        break;
                    case '{':
                        depth++;
                        break;
                    case '}':
                        if (--depth == 0)
                        {
                            return j;
                        }

                        break;
                    default:
                        break;
                }
            }

            return to;
        }

        private int SkipSpaces(int i, int to)
        {
            while (i < to && tex[i] is ' ' or '\t' or '\n' or '\r')
            {
                i++;
            }

            return i;
        }

        private bool At(int i, int to, string what) =>
            i + what.Length <= to && tex.AsSpan(i, what.Length).SequenceEqual(what);
    }
}
