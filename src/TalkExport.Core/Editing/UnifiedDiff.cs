using System.Globalization;
using System.Text;

namespace TalkExport.Core.Editing;

/// <summary>A unified diff of one edit (<c>fill-bibtex --dry-run</c>). An edit replaces one run of lines, so one hunk with three lines of context is exact.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff of <paramref name="before"/> → <paramref name="after"/> as <c>--- a/path</c>, <c>+++ b/path</c> and one hunk; empty when equal. Lines are shown without their CR.</summary>
    public static string Of(string path, string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before == after)
        {
            return "";
        }

        var a = TextLine.Split(before).Select(l => l.Content(before)).ToList();
        var b = TextLine.Split(after).Select(l => l.Content(after)).ToList();
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

        var start = Math.Max(0, head - Context);
        var endA = Math.Min(a.Count, a.Count - tail + Context);
        var endB = Math.Min(b.Count, b.Count - tail + Context);
        var sb = new StringBuilder();
        sb.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"@@ -{Range(start, endA - start)} +{Range(start, endB - start)} @@\n");
        for (var i = start; i < head; i++)
        {
            sb.Append(' ').Append(a[i]).Append('\n');
        }

        for (var i = head; i < a.Count - tail; i++)
        {
            sb.Append('-').Append(a[i]).Append('\n');
        }

        for (var i = head; i < b.Count - tail; i++)
        {
            sb.Append('+').Append(b[i]).Append('\n');
        }

        for (var i = a.Count - tail; i < endA; i++)
        {
            sb.Append(' ').Append(a[i]).Append('\n');
        }

        return sb.ToString();
    }

    private static string Range(int start, int count) =>
        count == 0 ? string.Create(CultureInfo.InvariantCulture, $"{start},0") : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");
}
