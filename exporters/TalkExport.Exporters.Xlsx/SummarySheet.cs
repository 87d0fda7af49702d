using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TalkExport.Core.Exporting.Reporting;
using TalkExport.Core.Model;
using TalkExport.OpenXml;
using static TalkExport.Exporters.Xlsx.TalkWorkbook;

namespace TalkExport.Exporters.Xlsx;

/// <summary>
/// The "Summary" sheet: talks per person × kind and per person × year, as <c>report --by owner --by
/// kind</c> counts them. A person's total and the "all people" row are SUM formulas written with their
/// value; the "department" row counts a talk on two members' sites once, so it can be less than the
/// sum of the people above it, and the shared talks are listed below.
/// </summary>
internal static class SummarySheet
{
    public static void Write(WorksheetPart part, IReadOnlyList<Talk> talks)
    {
        var data = new SheetData();
        var row = 1;
        Table(data, ref row, "Talks per person and kind", talks, ReportDimension.Kind, key => TalkKinds.TryParse(key, out var kind) ? kind.Label() : key);
        row++;
        Table(data, ref row, "Talks per person and year", talks, ReportDimension.Year, key => key);
        var shared = DepartmentReport.Of(talks, [ReportDimension.Owner], AcademicYear.Default).Shared;
        if (shared.Count > 0)
        {
            row++;
            data.Append(new Row(Text(0, row, "On several members' sites (counted once for the department, once for each person)", WorkbookStyles.Bold)) { RowIndex = (uint)row });
            row++;
            data.Append(new Row(Text(0, row, "date", WorkbookStyles.Bold), Text(1, row, "title", WorkbookStyles.Bold), Text(2, row, "owners", WorkbookStyles.Bold)) { RowIndex = (uint)row });
            foreach (var talk in shared)
            {
                row++;
                data.Append(new Row(Text(0, row, talk.Date ?? "undated"), Text(1, row, talk.Title), Text(2, row, string.Join("; ", talk.Owners))) { RowIndex = (uint)row });
            }
        }

        // The chart's data, then the chart below it (dated talks only: a bar needs a year).
        row += 2;
        var chart = YearKindChartData.Of(talks);
        data.Append(new Row(Text(0, row, "Talks per year and kind (the department: each talk once; dated talks)", WorkbookStyles.Bold)) { RowIndex = (uint)row });
        row++;
        var header = new Row(Text(0, row, "year", WorkbookStyles.Bold)) { RowIndex = (uint)row };
        header.Append(chart.Kinds.Select((k, c) => Text(c + 1, row, k.Label(), WorkbookStyles.Bold)));
        data.Append(header);
        var firstDataRow = row + 1;
        for (var y = 0; y < chart.Years.Count; y++)
        {
            row++;
            var cells = new Row(Text(0, row, chart.Years[y])) { RowIndex = (uint)row };
            cells.Append(chart.Counts[y].Select((n, c) => Number(c + 1, row, n)));
            data.Append(cells);
        }

        var worksheet = new Worksheet(
            new Columns(new Column { Min = 1, Max = 1, Width = 44, CustomWidth = true }, new Column { Min = 2, Max = 40, Width = 14, CustomWidth = true }),
            data);
        if (chart.Years.Count > 0)
        {
            SummaryChart.Add(part, chart, new ChartCells("Summary", firstDataRow), row + 2);
            worksheet.Append(new Drawing { Id = "rIdDrawing" });
        }

        part.Worksheet = worksheet;
    }

    // A title row, a header (person, the keys, total), a row per person, the sums, the department.
    private static void Table(SheetData data, ref int row, string title, IReadOnlyList<Talk> talks, ReportDimension dimension, Func<string, string> label)
    {
        var department = DepartmentReport.Of(talks, [dimension], AcademicYear.Default);
        var people = DepartmentReport.Of(talks, [ReportDimension.Owner, dimension], AcademicYear.Default).Groups;
        var keys = department.Groups.Select(g => g.Key).ToList();
        var totalColumn = keys.Count + 1;

        data.Append(new Row(Text(0, row, title, WorkbookStyles.Bold)) { RowIndex = (uint)row });
        row++;
        var header = new Row { RowIndex = (uint)row };
        header.Append(Text(0, row, "person", WorkbookStyles.Bold));
        for (var k = 0; k < keys.Count; k++)
        {
            header.Append(Text(k + 1, row, label(keys[k]), WorkbookStyles.Bold));
        }

        header.Append(Text(totalColumn, row, "total", WorkbookStyles.Bold));
        data.Append(header);

        var firstPerson = row + 1;
        var sums = new double[keys.Count + 1];
        foreach (var person in people)
        {
            row++;
            var cells = new Row { RowIndex = (uint)row };
            cells.Append(Text(0, row, person.Key));
            var total = 0;
            for (var k = 0; k < keys.Count; k++)
            {
                var count = person.Groups.FirstOrDefault(g => g.Key == keys[k])?.Count ?? 0;
                cells.Append(Number(k + 1, row, count));
                sums[k] += count;
                total += count;
            }

            cells.Append(Formula(totalColumn, row, $"SUM({Reference(1, row)}:{Reference(totalColumn - 1, row)})", total, WorkbookStyles.Total));
            sums[keys.Count] += total;
            data.Append(cells);
        }

        row++;
        var all = new Row { RowIndex = (uint)row };
        all.Append(Text(0, row, "all people (a shared talk once per person)", WorkbookStyles.Bold));
        for (var c = 1; c <= totalColumn; c++)
        {
            var formula = people.Count == 0 ? "0" : $"SUM({Reference(c, firstPerson)}:{Reference(c, row - 1)})";
            all.Append(Formula(c, row, formula, sums[c - 1], WorkbookStyles.Total));
        }

        data.Append(all);
        row++;
        var dept = new Row { RowIndex = (uint)row };
        dept.Append(Text(0, row, "department (each talk once)", WorkbookStyles.Bold));
        for (var k = 0; k < keys.Count; k++)
        {
            dept.Append(Number(k + 1, row, department.Groups[k].Count, WorkbookStyles.Total));
        }

        dept.Append(Number(totalColumn, row, department.Total, WorkbookStyles.Total));
        data.Append(dept);
        row++;
    }
}
