using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TalkExport.Core.Exporting.Reporting;
using TalkExport.Core.Model;
using static TalkExport.Exporters.Xlsx.TalkWorkbook;

namespace TalkExport.Exporters.Xlsx;

/// <summary>
/// The "Talks" sheet: a header and one row per talk, as an Excel table (its filter buttons and
/// banding) with the header frozen. A date of a day is a date cell (it sorts and filters as a date);
/// a year or a month alone stays text ("2021", "2021-03"), since a day would be made up.
/// </summary>
internal static class TalksSheet
{
    // Excel stops at 65,530 hyperlinks in a sheet; the address stays in its cell beyond that.
    private const int MaxHyperlinks = 65_530;

    private static readonly double[] Widths = [22, 12, 12, 60, 22, 36, 16, 40, 24, 24, 48, 24, 40];

    public static void Write(WorksheetPart part, IReadOnlyList<Talk> talks)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < TalkColumns.Count; c++)
        {
            header.Append(Text(c, 1, TalkColumns[c], WorkbookStyles.Bold));
        }

        data.Append(header);
        var links = new Hyperlinks();
        for (var i = 0; i < talks.Count; i++)
        {
            var row = (uint)(i + 2);
            data.Append(Row(talks[i], (int)row, part, links));
        }

        var lastRow = Math.Max(talks.Count + 1, 1);
        var range = $"A1:{Reference(TalkColumns.Count - 1, lastRow)}";
        var worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { TabSelected = true, WorkbookViewId = 0 }),
            new Columns(Widths.Select((w, c) => new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = w, CustomWidth = true })),
            data);
        if (links.HasChildren)
        {
            worksheet.Append(links);
        }

        // An Excel table needs a row below its header.
        if (talks.Count > 0)
        {
            var table = part.AddNewPart<TableDefinitionPart>("rIdTable");
            table.Table = new Table(
                new AutoFilter { Reference = range },
                new TableColumns(TalkColumns.Select((name, c) => new TableColumn { Id = (uint)(c + 1), Name = name })) { Count = (uint)TalkColumns.Count },
                new TableStyleInfo { Name = "TableStyleMedium2", ShowRowStripes = true, ShowColumnStripes = false, ShowFirstColumn = false, ShowLastColumn = false })
            { Id = 1, Name = "Talks", DisplayName = "Talks", Reference = range, TotalsRowShown = false };
            worksheet.Append(new TableParts(new TablePart { Id = "rIdTable" }) { Count = 1 });
        }

        part.Worksheet = worksheet;
    }

    private static Row Row(Talk talk, int row, WorksheetPart part, Hyperlinks links)
    {
        var cells = new Row { RowIndex = (uint)row };
        cells.Append(
            Text(0, row, talk.Key),
            DateCell(1, row, talk.Date),
            DateCell(2, row, talk.EndDate),
            Text(3, row, talk.Title),
            Text(4, row, DepartmentReport.OwnerOf(talk)),
            Text(5, row, string.Join("; ", talk.Authors.Select(a => a.Name))),
            Text(6, row, talk.Kind.Label()),
            Text(7, row, talk.Venue ?? ""),
            Text(8, row, talk.Location ?? ""),
            Text(9, row, talk.Institution ?? ""),
            UrlCell(10, row, talk.Links.Page, part, links),
            Text(11, row, string.Join(", ", talk.Tags)),
            Text(12, row, talk.Source.Shown));
        return cells;
    }

    private static Cell DateCell(int column, int row, TalkDate? date) => date switch
    {
        // Excel's serial dates start in 1900; an older day stays text.
        { Day: { } day, Month: { } month, Year: >= 1900 } d => Number(column, row, new DateTime(d.Year, month, day, 0, 0, 0, DateTimeKind.Unspecified).ToOADate(), WorkbookStyles.Date),
        { } d => Text(column, row, d.ToString()),
        null => Text(column, row, ""),
    };

    private static Cell UrlCell(int column, int row, string? url, WorksheetPart part, Hyperlinks links)
    {
        if (url is null)
        {
            return Text(column, row, "");
        }

        // Only an absolute web address becomes a link (the model keeps relative ones as written).
        if (links.ChildElements.Count >= MaxHyperlinks || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return Text(column, row, url);
        }

        var id = "rIdLink" + (links.ChildElements.Count + 1).ToString(CultureInfo.InvariantCulture);
        part.AddHyperlinkRelationship(uri, true, id);
        links.Append(new Hyperlink { Reference = Reference(column, row), Id = id });
        return Text(column, row, url, WorkbookStyles.Link);
    }
}
