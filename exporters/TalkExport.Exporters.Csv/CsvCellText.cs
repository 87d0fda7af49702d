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

    private static bool NeedsCleaning(string value)
    {
        foreach (var c in value)
        {
            if ((char.IsControl(c) && c != '\n') || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
