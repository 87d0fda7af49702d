namespace TalkExport.Exporters.Csv.Importing;

/// <summary>Which character separates the cells of a file.</summary>
internal static class CsvSeparator
{
    // In the order a tie is broken: our exporter's default first, then Excel's in locales whose
    // decimal separator is the comma, then tab.
    private static readonly char[] Candidates = [',', ';', '\t'];

    /// <summary>
    /// Excel's hint line <c>sep=;</c> (written first by Excel and some exporters so that Excel splits
    /// the file right in any locale): its separator, or null when the text does not start with one.
    /// </summary>
    public static char? Hint(string text, out int hintLength)
    {
        hintLength = 0;
        if (text.Length < 5 || !text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var end = 5;
        if (end < text.Length && text[end] == '\r')
        {
            end++;
        }

        if (end < text.Length && text[end] == '\n')
        {
            end++;
        }

        if (end == 5 && text.Length > 5)
        {
            return null;
        }

        hintLength = end;
        return text[4];
    }

    /// <summary>
    /// The separator of a .csv file, from its header line: the candidate that occurs most often
    /// outside quotes (a header names columns, so a separator in it is one); a comma when none does.
    /// </summary>
    public static char Detect(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[Candidates.Length];
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && Array.IndexOf(Candidates, c) is >= 0 and var i)
            {
                counts[i]++;
            }
        }

        var best = 0;
        for (var i = 1; i < Candidates.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }
}
