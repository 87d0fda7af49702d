namespace TalkExport.Exporters.Csv;

/// <summary>Diagnostic codes of the CSV exporter (range TE4xxx).</summary>
public static class CsvDiagnosticCodes
{
    /// <summary>An <c>extra.&lt;key&gt;</c> column that no exported talk has: the column is written, empty.</summary>
    public const string ExtraColumnEmpty = "TE4001";

    /// <summary>A cell longer than Excel's 32,767-character limit, cut there (warning); <c>--keep-long-cells</c> keeps it whole.</summary>
    public const string CellCut = "TE4002";
}
