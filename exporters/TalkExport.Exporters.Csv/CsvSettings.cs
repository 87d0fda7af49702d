using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.Csv;

/// <summary>The CSV exporter's option values, parsed and checked once per export.</summary>
internal sealed record CsvSettings
{
    public required IReadOnlyList<string> Columns { get; init; }

    public char Separator { get; init; } = ',';

    public bool ByteOrderMark { get; init; }

    public string NewLine { get; init; } = "\r\n";

    public bool FormulaGuard { get; init; } = true;

    public string ListSeparator { get; init; } = "; ";

    public bool AbstractOnOneLine { get; init; }

    public bool KeepLongCells { get; init; }

    public string? Owner { get; init; }

    public static CsvSettings From(ExportContext context)
    {
        var s = context.Settings;
        var columns = s.GetList(CsvExporter.ColumnsOption);
        return new CsvSettings
        {
            Columns = columns.Count > 0 ? columns : CsvColumns.Default,
            Separator = ParseSeparator(s.GetString(CsvExporter.DelimiterOption)),
            ByteOrderMark = s.GetFlag(CsvExporter.BomOption) || s.GetFlag("excel"),
            NewLine = s.GetChoice(CsvExporter.NewLineOption, ["crlf", "lf"], "crlf") == "lf" ? "\n" : "\r\n",
            FormulaGuard = !s.GetFlag(CsvExporter.NoFormulaGuardOption),
            ListSeparator = s.GetString(CsvExporter.ListSeparatorOption) ?? "; ",
            AbstractOnOneLine = s.GetChoice(CsvExporter.AbstractParagraphsOption, ["blank-line", "space"], "blank-line") == "space",
            KeepLongCells = s.GetFlag(CsvExporter.KeepLongCellsOption),
            Owner = context.Site.Owner,
        };
    }

    // Only separators that every spreadsheet's import dialog offers; a letter or a quote as a
    // separator makes a file nobody can open.
    private static char ParseSeparator(string? value) => value switch
    {
        null or "," => ',',
        ";" => ';',
        "\t" or "\\t" or "tab" or "TAB" => '\t',
        "|" => '|',
        _ => throw new TalkExportException(FailureKind.Usage, $"--{CsvExporter.DelimiterOption}: '{value}' is not one of ',', ';', '\\t' (or 'tab'), '|'."),
    };
}
