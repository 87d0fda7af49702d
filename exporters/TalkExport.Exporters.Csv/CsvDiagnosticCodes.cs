namespace TalkExport.Exporters.Csv;

/// <summary>Diagnostic codes of the CSV exporter (range TE4xxx).</summary>
public static class CsvDiagnosticCodes
{
    /// <summary>An <c>extra.&lt;key&gt;</c> column that no exported talk has: the column is written, empty.</summary>
    public const string ExtraColumnEmpty = "TE4001";
}
