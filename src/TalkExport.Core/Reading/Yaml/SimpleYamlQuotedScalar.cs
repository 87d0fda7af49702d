using System.Buffers;
using System.Globalization;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// Scans a single- or double-quoted scalar and folds its lines as libyaml does: spaces before a
/// line break and at the start of the next line go, one break becomes a space, n breaks become
/// n - 1 newlines. Continuation lines may start at column 0 (libyaml accepts that; see
/// <see cref="LibYamlCompatibility"/>). Returns null for what the full path must judge: an
/// unterminated scalar, a document marker inside it, or an escape other than
/// <c>\" \\ \n \t \r \uXXXX</c>.
/// </summary>
internal sealed class SimpleYamlQuotedScalar(ReadOnlyMemory<char> source, int start, int end, char quote)
{
    private ReadOnlySpan<char> Text => source.Span;

    private static readonly SearchValues<char> DoubleQuotedStops = SearchValues.Create("\"\\\n");
    private static readonly SearchValues<char> SingleQuotedStops = SearchValues.Create("'\n");

    /// <summary>The index just after the closing quote (valid after a successful <see cref="Read"/>).</summary>
    public int End { get; private set; }

    /// <summary>How many line breaks the scalar spans (valid after a successful <see cref="Read"/>).</summary>
    public int LineBreaks { get; private set; }

    /// <summary>Where the scalar's last line starts, when it spans line breaks (valid after a successful <see cref="Read"/>).</summary>
    public int LastLineStart { get; private set; }

    /// <summary>The scalar's value, or null when the full path must read it.</summary>
    public string? Read()
    {
        var value = QuotedValueBuffer.ForThread();
        return Scan(value) ? new string(value.Written.Span) : null;
    }

    /// <summary>
    /// Scans the scalar, folding its value into <paramref name="value"/>; false when the full path
    /// must read it. Sets <see cref="End"/>, <see cref="LineBreaks"/> and <see cref="LastLineStart"/>.
    /// </summary>
    public bool Scan(QuotedValueBuffer value)
    {
        var stops = quote == '"' ? DoubleQuotedStops : SingleQuotedStops;
        var i = start;
        LineBreaks = 0;
        while (true)
        {
            var j = Text.Slice(i, end - i).IndexOfAny(stops);
            if (j < 0)
            {
                return false;
            }

            j += i;
            var c = Text[j];
            if (c == '\n')
            {
                value.Append(Text.Slice(i, j - i).TrimEnd(' '));
                if (ContinuationLine(j + 1, value) is not { } next)
                {
                    return false;
                }

                i = next;
            }
            else if (c == '\\')
            {
                value.Append(Text.Slice(i, j - i));
                if (Escape(j + 1, value) is not { } next)
                {
                    return false;
                }

                i = next;
            }
            else if (quote == '\'' && j + 1 < end && Text[j + 1] == '\'')
            {
                value.Append(Text.Slice(i, j - i));
                value.Append('\'');
                i = j + 2;
            }
            else
            {
                value.Append(Text.Slice(i, j - i));
                End = j + 1;
                return true;
            }
        }
    }

    // Skips the leading spaces and empty lines after a break, appends what they fold to, and
    // returns where the next content starts; null at a document marker or the end of the text.
    // Every raw line break of the scalar passes through here, so the cursor's line count comes
    // from this scan rather than from counting the text again.
    private int? ContinuationLine(int lineStart, QuotedValueBuffer value)
    {
        var breaks = 1;
        var i = lineStart;
        while (true)
        {
            LastLineStart = i;
            if (IsDocumentMarker(i))
            {
                return null;
            }

            while (i < end && Text[i] == ' ')
            {
                i++;
            }

            if (i >= end)
            {
                return null;
            }

            if (Text[i] != '\n')
            {
                break;
            }

            breaks++;
            i++;
        }

        LineBreaks += breaks;
        if (breaks == 1)
        {
            value.Append(' ');
        }
        else
        {
            value.Append('\n', breaks - 1);
        }

        return i;
    }

    private bool IsDocumentMarker(int lineStart) =>
        lineStart + 3 <= end
        && (Text.Slice(lineStart, 3) is "---" or "...")
        && (lineStart + 3 == end || Text[lineStart + 3] is ' ' or '\n');

    // The escape after a backslash at index - 1; returns the index after it, or null when unsupported.
    private int? Escape(int index, QuotedValueBuffer value)
    {
        if (index >= end)
        {
            return null;
        }

        switch (Text[index])
        {
            case '"' or '\\':
                value.Append(Text[index]);
                return index + 1;
            case 'n':
                value.Append('\n');
                return index + 1;
            case 't':
                value.Append('\t');
                return index + 1;
            case 'r':
                value.Append('\r');
                return index + 1;
            case 'u' when index + 5 <= end
                && ushort.TryParse(Text.Slice(index + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                && IsPlainCharacter((char)code):
                value.Append((char)code);
                return index + 5;
            default:
                return null;
        }
    }

    private static bool IsPlainCharacter(char c) =>
        c >= ' ' && c is not ('\u007F' or >= '\u0080' and <= '\u009F' or >= '\uD800' and <= '\uDFFF' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF');
}
