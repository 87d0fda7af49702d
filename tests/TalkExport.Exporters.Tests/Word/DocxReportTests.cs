using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkExport.Core.Exporting;
using TalkExport.Core.Exporting.Reporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace TalkExport.Exporters.Tests.Word;

/// <summary>
/// <c>docx --report</c>: a heading, the table of talks per person and kind and a native chart of
/// talks per year by kind, checked by the Open XML validator, against the report's numbers, and by
/// LibreOffice Writer printing the chart in its colours.
/// </summary>
public sealed class DocxReportTests
{
    private static readonly SiteInfo Ada = new() { Owner = "Lovelace, Ada", RootPath = "/sites/ada" };
    private static readonly SiteInfo Charles = new() { Owner = "Charles Babbage", RootPath = "/sites/charles" };

    private static IReadOnlyList<Talk> Department { get; } =
    [
        SampleTalks.Seminar with { Site = Ada },
        SampleTalks.Keynote with { Site = Ada },
        SampleTalks.Seminar with { Site = Charles, Source = new SourceLocation("talks/_posts/2020-11-05-uncertainty.md") { FullPath = "/sites/charles/talks/_posts/2020-11-05-uncertainty.md" } },
        SampleTalks.MonthOnly with { Site = Charles },
    ];

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

        Assert.Equal(["department (each talk once)", "3"], new[] { rows[^1][0], rows[^1][^1] });
        Assert.Equal(["Ada Lovelace", "Charles Babbage"], byOwner.Groups.Select(g => g.Key));

        var chart = document.MainDocumentPart.ChartParts.Single().ChartSpace!.Descendants<C.BarChart>().Single();
        var points = chart.Elements<C.BarChartSeries>().SelectMany(s =>
        {
            var name = s.SeriesText!.InnerText;
            var years = s.Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text);
            var counts = s.Descendants<C.Values>().Single().Descendants<C.NumericValue>().Select(v => v.Text);
            return years.Zip(counts).Where(p => p.Second != "0").Select(p => $"{p.First} {name} {p.Second}");
        }).Order(StringComparer.Ordinal);
        Assert.Equal(["2018 Poster 1", "2019 Keynote 1", "2020 Seminar 1"], points);
    }

    [Fact]
    public void Writer_PrintsTheChartInItsColours()
    {
        var soffice = ExternalTool.Require("soffice");
        var pdftoppm = ExternalTool.Require("pdftoppm");
        var python = ExternalTool.RequirePythonWith("PIL", "Pillow", "python3-pil");
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.Combine("report.docx"), Report());

        var convert = ExternalTool.Run(soffice, [$"-env:UserInstallation=file://{dir.Combine("lo-profile")}", "--headless", "--convert-to", "pdf", "--outdir", dir.Path, dir.Combine("report.docx")], timeout: TimeSpan.FromMinutes(2));
        Assert.True(File.Exists(dir.Combine("report.pdf")), convert.ToString());
        var render = ExternalTool.Run(pdftoppm, ["-png", "-r", "60", dir.Combine("report.pdf"), dir.Combine("page")], timeout: TimeSpan.FromMinutes(1));
        Assert.True(render.ExitCode == 0, render.ToString());

        const string Script =
            "import sys, glob\nfrom PIL import Image\nwant = [(0x00, 0x72, 0xB2), (0xE6, 0x9F, 0x00), (0x00, 0x9E, 0x73)]\nn = [0, 0, 0]\n"
            + "for f in glob.glob(sys.argv[1] + '/page*.png'):\n    for p in Image.open(f).convert('RGB').getdata():\n        for i, w in enumerate(want):\n            if all(abs(a - b) <= 12 for a, b in zip(p, w)): n[i] += 1\n"
            + "print(' '.join(map(str, n)))\n";
        var count = ExternalTool.Run(python, ["-c", Script, dir.Path], timeout: TimeSpan.FromMinutes(1));
        Assert.True(count.ExitCode == 0, count.ToString());
        var pixels = count.StandardOutput.Trim().Split(' ').Select(int.Parse).ToArray();
        Assert.True(pixels.All(p => p > 200), $"chart colours not printed: {string.Join(", ", pixels)} pixels of the three series");
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
