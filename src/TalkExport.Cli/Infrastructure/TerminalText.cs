using System.Globalization;
using System.Text;

namespace TalkExport.Cli.Infrastructure;

/// <summary>
/// Text for a terminal line: control characters (C0 including tab and line ends, DEL, C1) are
/// shown as <c>\xHH</c>, so a file name or value holding an escape sequence or a newline can
/// neither drive the terminal nor forge another diagnostic line.
/// </summary>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> with each control character as <c>\xHH</c>; the same instance when it has none.</summary>
    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001f') && !text.AsSpan().ContainsAnyInRange('\u007f', '\u009f'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
