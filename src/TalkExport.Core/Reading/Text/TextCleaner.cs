using System.Text;

namespace TalkExport.Core.Reading.Text;

/// <summary>Whitespace and control-character rules shared by every text field.</summary>
public static class TextCleaner
{
    /// <summary>
    /// A single-line field: every run of whitespace (newlines included) becomes one space, the ends
    /// are trimmed, and control characters (C0 and the C1 mojibake range) are dropped so that they
    /// never reach an output. Null or blank gives null.
    /// </summary>
    public static string? SingleLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (IsClean(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
            }
            else if (!IsDropped(text, i))
            {
                if (pendingSpace)
                {
                    sb.Append(' ');
                    pendingSpace = false;
                }

                sb.Append(c);
            }
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>
    /// True when <c>text[index]</c> must not reach an output: a control character (except tab and
    /// line ends), a character XML 1.0 forbids (U+FFFE, U+FFFF, an unpaired surrogate, which a YAML
    /// <c>"\uD800"</c> escape can produce) or a stray BOM.
    /// </summary>
    internal static bool IsDropped(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (char.IsControl(c))
        {
            return c is not ('\n' or '\t' or '\r');
        }

        if (c is '\uFFFE' or '\uFFFF' or '\uFEFF')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }

    // The common case (already clean) allocates nothing.
    private static bool IsClean(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsDropped(text, i) || (char.IsWhiteSpace(c) && (c != ' ' || text[i + 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }
}
