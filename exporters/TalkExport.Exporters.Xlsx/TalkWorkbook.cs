using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.OpenXml;

namespace TalkExport.Exporters.Xlsx;

/// <summary>Writes the workbook with the Open XML SDK, in memory; the same talks give the same bytes.</summary>
internal static class TalkWorkbook
{
    /// <summary>The columns of the Talks sheet (also the Excel table's column names).</summary>
    public static IReadOnlyList<string> TalkColumns { get; } =
        ["key", "date", "end date", "title", "owner", "authors", "kind", "event", "location", "institution", "url", "tags", "source"];

    public static byte[] Create(IReadOnlyList<Talk> talks)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // A fixed id: the SDK would pick a random one, and the same talks must give the same bytes.
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = WorkbookStyles.Create();
            var talksSheet = workbook.AddNewPart<WorksheetPart>("rIdTalks");
            TalksSheet.Write(talksSheet, talks);
            var summarySheet = workbook.AddNewPart<WorksheetPart>("rIdSummary");
            SummarySheet.Write(summarySheet, talks);
            workbook.Workbook.Append(
                new BookViews(new WorkbookView()),
                new Sheets(
                    new Sheet { Name = "Talks", SheetId = 1, Id = "rIdTalks" },
                    new Sheet { Name = "Summary", SheetId = 2, Id = "rIdSummary" }));
        }

        return DeterministicZip.Normalize(stream);
    }

    /// <summary>The cell reference of 0-based <paramref name="column"/> in 1-based <paramref name="row"/> ("A1", "AB12").</summary>
    public static string Reference(int column, int row) => SpreadsheetColumns.Name(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text cell (an inline string: no shared-string table to keep in step).</summary>
    public static Cell Text(int column, int row, string text, uint style = 0) => new(new InlineString(new Text(CellText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style == 0 ? null : style,
    };

    public static Cell Number(int column, int row, double value, uint style = 0) => new(new CellValue(value))
    {
        CellReference = Reference(column, row),
        StyleIndex = style == 0 ? null : style,
    };

    /// <summary>A formula with its value already computed, so that every reader (one that never recalculates too) shows the number.</summary>
    public static Cell Formula(int column, int row, string formula, double cached, uint style = 0) => new(new CellFormula(formula), new CellValue(cached))
    {
        CellReference = Reference(column, row),
        StyleIndex = style == 0 ? null : style,
    };
}
