using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkExport.Core.Exporting;
using TalkExport.Core.Exporting.Reporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Tests.FormatsShared;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace TalkExport.Exporters.Tests.Word;

/// <summary>
/// <c>docx --report</c>: a heading, the table of talks per person and kind and a native chart of
/// talks per year by kind, checked by the Open XML validator, against the report's numbers, and by
/// LibreOffice Writer printing the chart in its colours.
/// </summary>
public sealed class DocxReportTests
{
    private static IReadOnlyList<Talk> Department => DepartmentTalks.All;

    private static byte[] Report() => WordTestSupport.Export(Department, ("report", []));

    [Fact]
    public void Report_PassesTheValidator()
    {
        var errors = WordTestSupport.ValidationErrors(Report());

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Report_TableAndChartHoldTheReportsNumbers()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Report()), false);
        var body = document.MainDocumentPart!.Document!.Body!;

        Assert.Equal("Talks", body.Elements<Paragraph>().First().InnerText);
        var rows = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        var byOwner = DepartmentReport.Of(Department, [ReportDimension.Owner, ReportDimension.Kind], AcademicYear.Default);
        foreach (var person in byOwner.Groups)
        {
            var row = rows.Single(r => r[0] == person.Key);
            Assert.Equal(person.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), row[^1]);
        }

        Assert.Equal(["department (each talk once)", "4"], new[] { rows[^1][0], rows[^1][^1] }); // the shared seminar once
        Assert.Equal(["Ada Lovelace", "Charles Babbage", "(no owner)"], byOwner.Groups.Select(g => g.Key));

        var chart = document.MainDocumentPart.ChartParts.Single().ChartSpace!.Descendants<C.BarChart>().Single();
        var points = chart.Elements<C.BarChartSeries>().SelectMany(s =>
        {
            var name = s.SeriesText!.InnerText;
            var years = s.Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text);
            var counts = s.Descendants<C.Values>().Single().Descendants<C.NumericValue>().Select(v => v.Text);
            return years.Zip(counts).Where(p => p.Second != "0").Select(p => $"{p.First} {name} {p.Second}");
        }).Order(StringComparer.Ordinal);
        Assert.Equal(["2018 Poster 1", "2019 Keynote 1", "2020 Seminar 1", "2021 Talk 1"], points);
    }

    [Fact]
    public void Writer_PrintsTheChartInItsColours()
    {
        var pixels = PrintedColours.Count(Report(), ".docx", 3);

        Assert.True(pixels.All(p => p > 200), $"chart colours not printed: {string.Join(", ", pixels)} pixels of the first three series");
    }

    [Fact]
    public void Report_Into_IsAUsageError()
    {
        var e = Assert.Throws<TalkExportException>(() => WordTestSupport.Export(Department, ("report", []), ("into", ["/nowhere/cv.docx"])));

        Assert.Equal(FailureKind.Usage, e.Kind);
    }

    [Fact]
    public void Report_SameTalksAnyOrder_SameBytes() =>
        Assert.Equal(Report(), WordTestSupport.Export([.. Department.Reverse()], ("report", [])));
}
