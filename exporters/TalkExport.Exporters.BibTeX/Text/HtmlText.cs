using System.Net;
using System.Text;

namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>
/// Reads the inline HTML that titles sometimes carry: tags are dropped except emphasis and bold,
/// entities are decoded. Only <c>&lt;</c> followed by a letter or <c>/</c> starts a tag, so
/// "x &lt; y" stays text.
/// </summary>
internal static class HtmlText
{
    public static IReadOnlyList<StyledRun> Parse(string text)
    {
        if (!text.Contains('<', StringComparison.Ordinal) && !text.Contains('&', StringComparison.Ordinal))
        {
            return [new StyledRun(text, TextStyle.None)];
        }

        var runs = new List<StyledRun>();
        var buffer = new StringBuilder();
        int emphasis = 0, bold = 0;
        var i = 0;
        while (i < text.Length)
        {
            var close = IsTagStart(text, i) ? text.IndexOf('>', i) : -1;
            if (close < 0)
            {
                buffer.Append(text[i++]);
                continue;
            }

            Flush(runs, buffer, emphasis, bold);
            var tag = text[(i + 1)..close];
            var closing = tag.StartsWith('/');
            var name = new string(tag.TrimStart('/').TakeWhile(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
            var delta = closing ? -1 : tag.EndsWith('/') ? 0 : 1;
            switch (name)
            {
                case "I" or "EM" or "CITE" or "VAR":
                    emphasis = Math.Max(0, emphasis + delta);
                    break;
                case "B" or "STRONG":
                    bold = Math.Max(0, bold + delta);
                    break;
                case "BR" or "P" or "DIV" or "LI":
                    buffer.Append(' ');
                    break;
                default:
                    break;
            }

            i = close + 1;
        }

        Flush(runs, buffer, emphasis, bold);
        return runs;
    }

    private static bool IsTagStart(string text, int i) =>
        text[i] == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || (text[i + 1] == '/' && i + 2 < text.Length && char.IsAsciiLetter(text[i + 2])));

    private static void Flush(List<StyledRun> runs, StringBuilder buffer, int emphasis, int bold)
    {
        if (buffer.Length == 0)
        {
            return;
        }

        var style = (emphasis > 0 ? TextStyle.Emphasis : TextStyle.None) | (bold > 0 ? TextStyle.Bold : TextStyle.None);
        runs.Add(new StyledRun(WebUtility.HtmlDecode(buffer.ToString()), style));
        buffer.Clear();
    }
}
