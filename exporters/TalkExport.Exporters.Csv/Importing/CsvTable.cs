namespace TalkExport.Exporters.Csv.Importing;

/// <summary>One record of a CSV/TSV file, as the parser read it.</summary>
/// <param name="Line">The 1-based line where the record starts (a quoted cell may span lines).</param>
/// <param name="Cells">The cells, unquoted.</param>
/// <param name="Quoted">For each cell, whether it was written in quotes (our exporter's formula guard always quotes).</param>
internal sealed record CsvRecord(int Line, string[] Cells, bool[] Quoted)
{
    /// <summary>True when every cell is blank: the empty rows spreadsheets write at a sheet's end (<c>,,,,</c>).</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>A file read as a table: its header record and the records after it, in file order.</summary>
internal sealed record CsvTable(char Separator, CsvRecord Header, IReadOnlyList<CsvRecord> Records);
