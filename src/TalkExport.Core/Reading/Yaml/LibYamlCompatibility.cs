using System.Text;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// Makes YamlDotNet read what libyaml (Jekyll's Psych, PyYAML) reads.
/// </summary>
/// <remarks>
/// YamlDotNet 18 rejects a multi-line double-quoted value whose continuation lines are not
/// indented deeper than the enclosing block ("found wrong indentation"); libyaml accepts them, and
/// real records (the seed record's <c>longversion</c>, 38 of 186 corpus records) are written that
/// way. Folding strips a continuation line's leading whitespace, so indenting such lines changes no
/// value, and inserting spaces moves no line. Two passes use the same repair. First, before any
/// parse, <see cref="IndentTopLevelDoubleQuotedValues"/> repairs values that open with a double
/// quote right after a top-level key at column 0 — there a quote can only start a scalar (block and
/// plain scalars of a top-level key are indented, so a column-0 line is a key), and this is the
/// shape of every such record seen (the seed site's longversion/shortversion); doing it up front
/// saves one failed parse and one exception per value, which dominated reading time on
/// seed-shaped sites. Second, for anything else, we repair on YamlDotNet's own error: it names
/// the exact opening quote, so a quote inside a plain or block scalar (where added spaces would
/// change the value) is never mistaken for the start of a scalar. Each repair moves the error
/// strictly forward, so the number of re-parses is bounded by the number of such scalars.
/// Single-quoted scalars are accepted by YamlDotNet as they are, but the same repair handles them
/// should the error name one. A line ends at any YAML 1.1 break (LF, CR, NEL, LS, PS): YamlDotNet's
/// scanner, like libyaml's, folds a value at each of them and wants the next line indented.
/// </remarks>
internal static class LibYamlCompatibility
{
    /// <summary>True when <paramref name="message"/> is YamlDotNet's complaint that this pass repairs.</summary>
    public static bool IsContinuationIndentationError(string message) =>
        message.Contains("multi-line", StringComparison.Ordinal) && message.Contains("wrong indentation", StringComparison.Ordinal);

    /// <summary>
    /// Repairs every multi-line double-quoted value of a top-level key (<c>key: "…</c> at column 0).
    /// Returns <paramref name="text"/> itself when nothing needs a repair.
    /// </summary>
    public static string IndentTopLevelDoubleQuotedValues(string text, YamlPositionMap positions)
    {
        var lineStart = 0;
        var line = 1;
        while (lineStart < text.Length)
        {
            var resumeFrom = lineStart;
            var quote = TopLevelQuoteIndex(text, lineStart);
            if (quote >= 0)
            {
                var close = ClosingDoubleQuote(text, quote);
                if (close < 0)
                {
                    return text; // never closed: the parser reports it
                }

                if (YamlCharacters.IndexOfBreak(text.AsSpan(quote, close - quote), 0) >= 0 && TryIndentContinuationLines(text, quote, line, positions, out var repaired))
                {
                    text = repaired;
                    close = ClosingDoubleQuote(text, quote);
                }

                line += YamlCharacters.CountBreaks(text.AsSpan(lineStart, close - lineStart));
                resumeFrom = close;
            }

            var next = YamlCharacters.NextLineStart(text, resumeFrom);
            if (next < 0 || next == text.Length)
            {
                break;
            }

            line++;
            lineStart = next;
        }

        return text;
    }

    /// <summary>
    /// Indents the lines of a top-level key's multi-line flow value (<c>tags: [a,⏎b]</c>) that start at
    /// column 0. libyaml reads a flow collection's lines at any indentation; YamlDotNet 18 throws an
    /// InvalidOperationException on them. A flow collection's line breaks fold like a plain
    /// scalar's (leading white space is dropped), so the added spaces change no value and move no line.
    /// Returns <paramref name="text"/> itself when nothing needs a repair.
    /// </summary>
    public static string IndentTopLevelFlowValues(string text, YamlPositionMap positions)
    {
        var lineStart = 0;
        var line = 1;
        StringBuilder? builder = null;
        var copied = 0;
        while (lineStart < text.Length)
        {
            var resumeFrom = lineStart;
            var open = TopLevelValueIndex(text, lineStart, '[', '{');
            if (open >= 0)
            {
                var depth = 0;
                var i = open;
                for (; i < text.Length; i++)
                {
                    var c = text[i];
                    if (c is '[' or '{')
                    {
                        depth++;
                    }
                    else if (c is ']' or '}')
                    {
                        if (--depth == 0)
                        {
                            break;
                        }
                    }
                    else if (c is '"' or '\'')
                    {
                        // A quoted scalar's own lines are left to the quoted-value repair.
                        var close = c == '"' ? ClosingDoubleQuote(text, i) : ClosingSingleQuote(text, i);
                        if (close < 0)
                        {
                            break; // never closed: the parser reports it
                        }

                        line += YamlCharacters.CountBreaks(text.AsSpan(i, close - i));
                        i = close;
                    }
                    else if (c == '#' && i > 0 && text[i - 1] is ' ' or '\t')
                    {
                        // A comment runs to the end of the line, brackets in it included.
                        while (i + 1 < text.Length && !YamlCharacters.IsBreak(text[i + 1]))
                        {
                            i++;
                        }
                    }
                    else if (YamlCharacters.IsBreak(c) && !(c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                    {
                        line++;
                        if (i + 1 < text.Length && text[i + 1] is not (' ' or '\t') && !IsBlankRest(text, i + 1))
                        {
                            builder ??= new StringBuilder(text.Length + 64);
                            builder.Append(text, copied, i + 1 - copied).Append(' ');
                            copied = i + 1;
                            positions.AddInsertion(line, 1);
                        }
                    }
                }

                if (i >= text.Length || text[i] is not (']' or '}'))
                {
                    break; // never closed: the parser reports it
                }

                resumeFrom = i;
            }

            var next = YamlCharacters.NextLineStart(text, resumeFrom);
            if (next < 0 || next == text.Length)
            {
                break;
            }

            line++;
            lineStart = next;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static int ClosingSingleQuote(string text, int quote)
    {
        for (var i = quote + 1; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    // The index of the '"' that opens the value of a top-level "key: " line, or -1.
    private static int TopLevelQuoteIndex(string text, int lineStart) => TopLevelValueIndex(text, lineStart, '"', '"');

    // The index of the value's first character when it is one of the two given, on a top-level "key: " line; else -1.
    private static int TopLevelValueIndex(string text, int lineStart, char first, char second)
    {
        if (YamlCharacters.IsBreak(text[lineStart]) || text[lineStart] is ' ' or '\t' or '#' or '-' or '"' or '\'' or '[' or '{' or '?' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`')
        {
            return -1;
        }

        for (var i = lineStart; i < text.Length; i++)
        {
            var c = text[i];
            if (YamlCharacters.IsBreak(c) || c is '"' or '\'' or '#')
            {
                return -1;
            }

            if (c == ':' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                var j = i + 1;
                while (j < text.Length && text[j] == ' ')
                {
                    j++;
                }

                return j < text.Length && (text[j] == first || text[j] == second) ? j : -1;
            }
        }

        return -1;
    }

    private static int ClosingDoubleQuote(string text, int quote)
    {
        for (var i = quote + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Indents the continuation lines of the quoted scalar opening at <paramref name="quoteIndex"/>
    /// just enough for YamlDotNet. False when the scalar is never closed (libyaml rejects that too).
    /// </summary>
    public static bool TryIndentContinuationLines(string text, int quoteIndex, int quoteLine, YamlPositionMap positions, out string repaired)
    {
        repaired = text;
        if (quoteIndex < 0 || quoteIndex >= text.Length || text[quoteIndex] is not ('"' or '\''))
        {
            return false;
        }

        var quote = text[quoteIndex];
        var required = RequiredIndent(text, quoteIndex);
        var builder = new StringBuilder(text.Length + 256);
        builder.Append(text, 0, quoteIndex + 1);
        var line = quoteLine;
        var i = quoteIndex + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (YamlCharacters.IsBreak(c) && !(c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                builder.Append(c);
                i++;
                line++;
                var spaces = 0;
                while (i + spaces < text.Length && text[i + spaces] == ' ')
                {
                    spaces++;
                }

                if (spaces < required && !IsBlankRest(text, i + spaces))
                {
                    builder.Append(' ', required - spaces);
                    positions.AddInsertion(line, required - spaces);
                }

                continue;
            }

            builder.Append(c);
            i++;
            if (quote == '"' && c == '\\' && i < text.Length && !YamlCharacters.IsBreak(text[i]))
            {
                builder.Append(text[i]);
                i++;
            }
            else if (c == quote)
            {
                if (quote == '\'' && i < text.Length && text[i] == '\'')
                {
                    builder.Append('\'');
                    i++;
                    continue;
                }

                builder.Append(text, i, text.Length - i);
                repaired = builder.ToString();
                return true;
            }
        }

        return false;
    }

    // Deeper than the key (or "- " item) that owns the scalar, which is what YamlDotNet requires.
    private static int RequiredIndent(string text, int quoteIndex)
    {
        var lineStart = YamlCharacters.LineStart(text, quoteIndex);
        var i = lineStart;
        while (i < quoteIndex)
        {
            if (text[i] == ' ')
            {
                i++;
            }
            else if (text[i] == '-' && i + 1 < text.Length && text[i + 1] is ' ' or '\t')
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i - lineStart + 1;
    }

    private static bool IsBlankRest(string text, int index)
    {
        for (var i = index; i < text.Length; i++)
        {
            switch (text[i])
            {
                case ' ' or '\t':
                    continue;
                case '\n' or '\r' or '\u0085' or '\u2028' or '\u2029':
                    return true;
                default:
                    return false;
            }
        }

        return true;
    }
}
