using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using TalkExport.Core.Exporting;
using TalkExport.Core.Exporting.Reporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Tests.Csv;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Exporters.Xlsx;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Xlsx;

/// <summary>
/// The workbook as its consumers read it: the Open XML SDK's validator, the SDK reading it back
/// (typed date cells, the Excel table, the frozen header, hyperlinks) and LibreOffice Calc
/// converting both sheets to CSV with the same rows and the same numbers as <c>report --by</c>.
/// </summary>
public sealed class XlsxExporterTests
{
    private static IReadOnlyList<Talk> Department => DepartmentTalks.All;

    private static byte[] Workbook(IReadOnlyList<Talk> talks) => ExportRun.Run(new XlsxExporter(), talks).Bytes!;

    [Fact]
    public void Workbook_PassesTheOpenXmlValidator()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(Department)), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(["Talks", "Summary"], document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
    }

    [Fact]
    public void TalksSheet_TableFilterFrozenHeaderTypedDatesAndLinks()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(Department)), false);
        var sheet = (WorksheetPart)document.WorkbookPart!.GetPartById("rIdTalks");

        var table = Assert.Single(sheet.TableDefinitionParts).Table!;
        Assert.Equal($"A1:M{Department.Count + 1}", table.Reference!.Value);
        Assert.Equal(table.Reference.Value, table.AutoFilter!.Reference!.Value);
        Assert.Equal(TalkWorkbookColumns, table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value));
        var pane = sheet.Worksheet!.Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 1.0), (pane.State!.Value, pane.VerticalSplit!.Value));

        var rows = sheet.Worksheet.Descendants<Row>().ToList();
        var seminar = rows.Single(r => r.Elements<Cell>().Any(c => c.InnerText == "Uncertainty in deep learning" && r.Elements<Cell>().First().InnerText == SampleTalks.Seminar.Key));
        var date = seminar.Elements<Cell>().ElementAt(1);
        Assert.Null(date.DataType); // a number: the date serial
        Assert.Equal(new DateTime(2020, 11, 5).ToOADate(), double.Parse(date.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        var month = rows.Single(r => r.Elements<Cell>().Any(c => c.InnerText == "Posters about posters")).Elements<Cell>().ElementAt(1);
        Assert.Equal((CellValues.InlineString, "2018-03"), (month.DataType!.Value, month.InnerText));
        var link = Assert.Single(sheet.Worksheet.Descendants<Hyperlink>(), h => h.Reference == "K" + seminar.RowIndex!.Value);
        Assert.Equal(SampleTalks.Seminar.Links.Page, sheet.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.OriginalString);
    }

    [Fact]
    public void Calc_BothSheets_SameRowsAndTheNumbersOfTheReport()
    {
        var soffice = ExternalTool.Require("soffice");
        using var dir = new TempDirectory();
        var input = dir.Combine("talks.xlsx");
        File.WriteAllBytes(input, Workbook(Department));

        // -1 as the last CSV filter token: every sheet, each to its own file (talks-Talks.csv, talks-Summary.csv).
        var result = ExternalTool.Run(
            soffice,
            [$"-env:UserInstallation=file://{dir.Combine("lo-profile")}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir.Combine("out"), input],
            timeout: TimeSpan.FromMinutes(2));
        var talksCsv = dir.Combine("out", "talks-Talks.csv");
        var summaryCsv = dir.Combine("out", "talks-Summary.csv");
        Assert.True(result.ExitCode == 0 && File.Exists(talksCsv) && File.Exists(summaryCsv), result.ToString());

        var talks = PythonCsv.Read(talksCsv);
        Assert.Equal(TalkWorkbookColumns, talks[0]);
        var ordered = Department.Order(TalkOrder.NewestFirst).ToList();
        Assert.Equal(ordered.Select(t => t.Title), talks.Skip(1).Select(r => r[3]));
        Assert.Equal(ordered.Select(t => t.Date!.ToString()), talks.Skip(1).Select(r => r[1]));
        Assert.Equal(ordered.Select(DepartmentReport.OwnerOf), talks.Skip(1).Select(r => r[4]));

        // Person x kind, as report --by owner --by kind counts it; the department row as --by kind.
        var summary = PythonCsv.Read(summaryCsv);
        var header = summary[1];
        var byOwner = DepartmentReport.Of(Department, [ReportDimension.Owner, ReportDimension.Kind], AcademicYear.Default);
        foreach (var person in byOwner.Groups)
        {
            var row = summary.First(r => r[0] == person.Key);
            foreach (var kind in person.Groups)
            {
                Assert.True(TalkKinds.TryParse(kind.Key, out var k));
                Assert.Equal(kind.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), row[header.ToList().IndexOf(k.Label())]);
            }

            Assert.Equal(person.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), row[header.ToList().IndexOf("total")]);
        }

        var department = summary.First(r => r[0] == "department (each talk once)");
        Assert.Equal(byOwner.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), department[header.ToList().IndexOf("total")]);
        Assert.Equal("5", summary.First(r => r[0].StartsWith("all people", StringComparison.Ordinal))[header.ToList().IndexOf("total")]);
        Assert.Equal("4", department[header.ToList().IndexOf("total")]);
        Assert.Contains(summary, r => r.Count > 2 && r[1] == "Uncertainty in deep learning" && r[2] == "Ada Lovelace; Charles Babbage");
    }

    [Fact]
    public void Chart_StackedColumnsOfTheDepartmentsYearByKindNumbers()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook(Department)), false);
        var summary = (WorksheetPart)document.WorkbookPart!.GetPartById("rIdSummary");

        var chart = Assert.Single(Assert.Single(summary.DrawingsPart!.ChartParts.ToList()).ChartSpace!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChart>());
        Assert.Equal(DocumentFormat.OpenXml.Drawing.Charts.BarGroupingValues.Stacked, chart.BarGrouping!.Val!.Value);
        var expected = DepartmentReport.Of(Department, [ReportDimension.Year, ReportDimension.Kind], AcademicYear.Default).Groups
            .Where(g => g.Key != "undated")
            .SelectMany(y => y.Groups.Select(k => $"{y.Key} {(TalkKinds.TryParse(k.Key, out var kind) ? kind.Label() : k.Key)} {k.Count}"))
            .Order(StringComparer.Ordinal);
        var cached = chart.Elements<DocumentFormat.OpenXml.Drawing.Charts.BarChartSeries>().SelectMany(series =>
        {
            var name = series.SeriesText!.Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericValue>().Single().Text;
            var years = series.Descendants<DocumentFormat.OpenXml.Drawing.Charts.CategoryAxisData>().Single().Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericValue>().Select(v => v.Text).ToList();
            var counts = series.Descendants<DocumentFormat.OpenXml.Drawing.Charts.Values>().Single().Descendants<DocumentFormat.OpenXml.Drawing.Charts.NumericValue>().Select(v => v.Text).ToList();
            return years.Zip(counts).Where(p => p.Second != "0").Select(p => $"{p.First} {name} {p.Second}");
        }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, cached);
    }

    [Fact]
    public void Calc_PrintsTheChartInItsColours()
    {
        var pixels = PrintedColours.Count(Workbook(Department), ".xlsx", 2);

        Assert.True(pixels.All(p => p > 200), $"chart colours not printed: {string.Join(", ", pixels)} pixels of the first two series");
    }

    [Fact]
    public void Workbook_SameTalksAnyOrder_SameBytes()
    {
        var a = Word.WordTestSupport.Parts(Workbook(Department));
        var b = Word.WordTestSupport.Parts(Workbook([.. Department.Reverse()]));
        foreach (var (name, text) in a)
        {
            Assert.True(text == b[name], $"{name}:\n{text}\n{b[name]}");
        }

        Assert.Equal(Workbook(Department), Workbook([.. Department.Reverse()]));
    }

    [Fact]
    public void Workbook_NoTalks_ValidWithHeaderOnly()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook([])), false);

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Workbook_HostileText_NoFormulaAndNoForbiddenCharacter()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook([SampleTalks.Hostile])), false);
        var sheet = (WorksheetPart)document.WorkbookPart!.GetPartById("rIdTalks");

        Assert.Empty(sheet.Worksheet!.Descendants<CellFormula>());
        var title = sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "D2");
        Assert.Equal(CellValues.InlineString, title.DataType!.Value);
        Assert.StartsWith("=HYPERLINK(", title.InnerText, StringComparison.Ordinal); // text, never run
        Assert.DoesNotMatch("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", sheet.Worksheet.OuterXml);
    }

    private static IReadOnlyList<string> TalkWorkbookColumns { get; } =
        ["key", "date", "end date", "title", "owner", "authors", "kind", "event", "location", "institution", "url", "tags", "source"];
}
