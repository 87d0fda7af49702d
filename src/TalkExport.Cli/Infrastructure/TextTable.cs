using System.Text;

namespace TalkExport.Cli.Infrastructure;

/// <summary>A plain-text table with left-aligned columns (for people; scripts use the data formats).</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    // A table is read on a terminal: control characters in a title or file name are shown escaped.
    public void Add(params string[] cells) => _rows.Add([.. cells.Select(TerminalText.Escape)]);

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var sb = new StringBuilder();
        AppendRow(sb, headers, widths);
        foreach (var row in _rows)
        {
            AppendRow(sb, row, widths);
        }

        return sb.ToString();
    }

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Clip(string? text, int max) =>
        text is null ? "" : text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static void AppendRow(StringBuilder sb, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            // The last column is not padded, so lines carry no trailing spaces.
            sb.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        sb.Append('\n');
    }
}
