using System.Text;

namespace TalkExport.Exporters.Csv;

/// <summary>Makes a value safe for a spreadsheet cell without changing what a reader sees.</summary>
internal static class CsvCellText
{
    /// <summary>
    /// Line ends become <c>\n</c> (kept inside the quoted cell); a tab becomes a space; other
    /// control characters (C0, DEL, C1) are removed, because spreadsheets show them as boxes or
    /// cut the cell at them and they are never meant in a talk record; an unpaired surrogate
    /// becomes U+FFFD, since it cannot be written as UTF-8.
    /// </summary>
    public static string Clean(string value)
    {
        if (!NeedsCleaning(value))
        {
            return value;
        }

        // Only CR and CRLF are line ends here; NEL and form feed are control characters and go.
        var text = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (c == '\t')
            {
                sb.Append(' ');
            }
            else if (c == '\n' || !char.IsControl(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Joins paragraphs (separated by blank lines) with one space, for a one-line cell.</summary>
    public static string JoinParagraphs(string text)
    {
        var parts = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', parts);
    }

    // The same test as char.IsControl (minus '\n') or char.IsSurrogate per char, as vectorized range
    // scans: this runs on every cell of every row and was the CSV export's hottest loop.
    private static bool NeedsCleaning(string value)
    {
        var text = value.AsSpan();
        return text.IndexOfAnyInRange('\u0000', '\u0009') >= 0
            || text.IndexOfAnyInRange('\u000B', '\u001F') >= 0
            || text.IndexOfAnyInRange('\u007F', '\u009F') >= 0
            || text.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
    }
}
