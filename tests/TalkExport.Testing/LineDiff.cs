namespace TalkExport.Testing;

/// <summary>The lines that differ between two texts, after their common first and last lines (a one-hunk diff, enough to prove an edit is local).</summary>
/// <param name="Removed">Lines of the old text that are not in the new one.</param>
/// <param name="Added">Lines of the new text that are not in the old one.</param>
public sealed record LineDiff(IReadOnlyList<string> Removed, IReadOnlyList<string> Added)
{
    /// <summary>Compares line by line; each line keeps its line break, so a CRLF turned into LF counts as a change.</summary>
    public static LineDiff Of(string before, string after)
    {
        var a = SplitKeepingEnds(before);
        var b = SplitKeepingEnds(after);
        var head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail])
        {
            tail++;
        }

        return new(a.GetRange(head, a.Count - head - tail), b.GetRange(head, b.Count - head - tail));
    }

    private static List<string> SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var lf = text.IndexOf('\n', start);
            var end = lf < 0 ? text.Length : lf + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }
}
