namespace TalkExport.Core.Editing;

/// <summary>One line of a text: where its content starts, how long it is, and the line break that ends it ("\n", "\r\n" or "" for the last line).</summary>
internal readonly record struct TextLine(int Start, int Length, string Ending)
{
    /// <summary>Offset just after the line break.</summary>
    public int End => Start + Length + Ending.Length;

    /// <summary>The lines of <paramref name="text"/>; each keeps its own break, so a file with mixed endings is rebuilt exactly.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start < text.Length)
        {
            var lf = text.IndexOf('\n', start);
            if (lf < 0)
            {
                lines.Add(new TextLine(start, text.Length - start, ""));
                break;
            }

            var crlf = lf > start && text[lf - 1] == '\r';
            lines.Add(new TextLine(start, lf - start - (crlf ? 1 : 0), crlf ? "\r\n" : "\n"));
            start = lf + 1;
        }

        return lines;
    }

    /// <summary>The line's content without its break.</summary>
    public string Content(string text) => text.Substring(Start, Length);
}
