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
/// value, and inserting spaces moves no line. Why repair on YamlDotNet's own error instead of a
/// blind pre-pass: the error names the exact opening quote, so we never mistake a quote inside a
/// plain or block scalar (where added spaces would change the value) for the start of a scalar.
/// We follow that one scalar's quotes and escapes line by line to its closing quote and re-parse;
/// each repair moves the error strictly forward, so the number of re-parses is bounded by the
/// number of such scalars. Single-quoted scalars are accepted by YamlDotNet as they are, but the
/// same repair handles them should the error name one.
/// </remarks>
internal static class LibYamlCompatibility
{
    /// <summary>True when <paramref name="message"/> is YamlDotNet's complaint that this pass repairs.</summary>
    public static bool IsContinuationIndentationError(string message) =>
        message.Contains("multi-line", StringComparison.Ordinal) && message.Contains("wrong indentation", StringComparison.Ordinal);

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
            if (c == '\n')
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
            if (quote == '"' && c == '\\' && i < text.Length && text[i] is not ('\n' or '\r'))
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
        var lineStart = text.LastIndexOf('\n', Math.Max(quoteIndex - 1, 0)) + 1;
        if (quoteIndex == 0)
        {
            lineStart = 0;
        }

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
                case ' ' or '\t' or '\r':
                    continue;
                case '\n':
                    return true;
                default:
                    return false;
            }
        }

        return true;
    }
}
