using System.Text;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Exporters.Csv.Importing;

/// <summary>Cell text as the model wants it.</summary>
internal static class CsvCells
{
    // What CsvHelper's formula guard (CsvInjection.Escape) puts "'" before, as our exporter writes
    // cells: tab and CR are guarded too, but CsvCellText.Clean has made them a space and "\n" first.
    private const string GuardedStarts = "=+-@";

    /// <summary>
    /// The cell without our exporter's formula guard: the "'" CsvHelper puts before a cell starting
    /// with = + - @, which it always quotes. An unquoted cell, or one starting "'" otherwise, is as written.
    /// </summary>
    public static string Unguarded(string cell, bool quoted) =>
        quoted && cell.Length >= 2 && cell[0] == '\'' && GuardedStarts.Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;

    /// <summary>The items of a list cell (authors, tags), as our exporter joins them with "; ".</summary>
    public static IEnumerable<string> Items(string? cell) =>
        cell is null ? [] : cell.Split(';').Select(TextCleaner.SingleLine).OfType<string>();

    /// <summary>
    /// A multi-line cell (our abstract) as plain text: line ends as "\n" (paragraphs stay separated
    /// by a blank line), control characters dropped, the ends trimmed; null when blank.
    /// </summary>
    public static string? MultiLine(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        var text = cell.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n' || (!char.IsControl(c) && c != '\uFEFF'))
            {
                sb.Append(c);
            }
        }

        var result = sb.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    /// <summary>The link as a talk may hold it, or null with <paramref name="refusal"/> saying why (<see cref="LinkPolicy"/>).</summary>
    public static string? Link(string? cell, out string? refusal)
    {
        refusal = null;
        var link = TextCleaner.SingleLine(cell);
        if (link is null)
        {
            return null;
        }

        refusal = LinkPolicy.Refusal(link);
        return refusal is null ? link : null;
    }
}
