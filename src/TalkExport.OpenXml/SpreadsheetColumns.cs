namespace TalkExport.OpenXml;

/// <summary>Spreadsheet column letters, as cell references and chart formulas write them.</summary>
public static class SpreadsheetColumns
{
    /// <summary>The letters of 0-based <paramref name="column"/>: A, …, Z, AA, AB, ….</summary>
    public static string Name(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
