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
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
            }
            else if (!char.IsControl(c))
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

    /// <summary>True for a character that is neither whitespace nor a control character to be dropped.</summary>
    internal static bool IsDroppedControl(char c) => char.IsControl(c) && c is not ('\n' or '\t' or '\r');

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
            if (char.IsControl(c) || (char.IsWhiteSpace(c) && (c != ' ' || text[i + 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }
}
