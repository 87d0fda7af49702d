using System.Text.Json;
using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests;

/// <summary>
/// <c>report --by</c> over a department of three fictional members' sites in three dialects
/// (<see cref="DepartmentSites"/>), one talk given by two of them together: each site
/// is read with its own owner and talkexport.yml, the shared talk counts once for the department
/// and once for each person, and the output says which talk that was.
/// </summary>
public sealed class ReportDepartmentTests : IDisposable
{
    private readonly DepartmentSites _department = new();

    private TempDirectory Temp => _department.Temp;

    private string[] Sites => _department.Paths;

    public void Dispose() => _department.Dispose();

    [Fact]
    public void ByOwnerAndKind_SharedTalkCountsOnceForTheDepartmentAndOncePerPerson()
    {
        var r = CliRunner.Run(["report", .. Sites, "--by", "owner", "--by", "kind", "--report-format", "json"]);

        Assert.True(r.ExitCode == 0, r.ToString());
        using var json = JsonDocument.Parse(r.Stdout);
        var root = json.RootElement;
        Assert.Equal((4, 5, 3), (root.GetProperty("total").GetInt32(), root.GetProperty("records").GetInt32(), root.GetProperty("sites").GetInt32()));
        var owners = root.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("owner").GetString()!, g => g.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Ada Lovelace"] = 3, ["Charles Babbage"] = 1, ["Grace Hopper"] = 1 }, owners);
        var ada = root.GetProperty("groups")[0].GetProperty("groups").EnumerateArray().Select(g => (g.GetProperty("kind").GetString(), g.GetProperty("count").GetInt32()));
        Assert.Equal([("talk", 2), ("invited", 1)], ada);
        var shared = Assert.Single(root.GetProperty("shared").EnumerateArray());
        Assert.Equal("2021-03-01", shared.GetProperty("date").GetString());
        Assert.Equal(["Ada Lovelace", "Charles Babbage"], shared.GetProperty("owners").EnumerateArray().Select(o => o.GetString()));
    }

    [Fact]
    public void Xlsx_SummaryNumbersEqualTheJsonReport()
    {
        var file = Temp.Combine("department.xlsx");
        var xlsx = CliRunner.Run(["report", .. Sites, "--report-format", "xlsx", "-o", file]);
        var json = CliRunner.Run(["report", .. Sites, "--by", "owner,kind", "--report-format", "json"]);
        Assert.True(xlsx.ExitCode == 0, xlsx.ToString());

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(file, false);
        var summary = (DocumentFormat.OpenXml.Packaging.WorksheetPart)document.WorkbookPart!.GetPartById("rIdSummary");
        var rows = summary.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.CellValue?.Text ?? c.InnerText).ToList())
            .ToList();
        var header = rows[1];
        using var report = JsonDocument.Parse(json.Stdout);
        foreach (var person in report.RootElement.GetProperty("groups").EnumerateArray())
        {
            var row = rows.First(r => r[0] == person.GetProperty("owner").GetString());
            Assert.Equal(person.GetProperty("count").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), row[header.IndexOf("total")]);
        }

        var department = rows.First(r => r[0] == "department (each talk once)");
        Assert.Equal(report.RootElement.GetProperty("total").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), department[header.IndexOf("total")]);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Xlsx_CalcConvertsTheTalksSheetWithARowPerRecord()
    {
        var soffice = ExternalTool.Require("soffice");
        var file = Temp.Combine("department.xlsx");
        Assert.Equal(0, CliRunner.Run(["report", .. Sites, "--report-format", "xlsx", "-o", file]).ExitCode);

        var result = ExternalTool.Run(
            soffice,
            [$"-env:UserInstallation=file://{Temp.Combine("lo-profile")}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", Temp.Combine("csv"), file],
            timeout: TimeSpan.FromMinutes(2));

        var talks = Temp.Combine("csv", "department-Talks.csv");
        Assert.True(File.Exists(talks), result.ToString());
        var lines = File.ReadAllLines(talks);
        Assert.Equal(6, lines.Length); // the header and the 5 records of the 3 sites (the shared talk on both)
        Assert.Equal(2, lines.Count(l => l.Contains("2021-03-01", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("Grace Hopper", StringComparison.Ordinal) && l.Contains("2021-09-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Docx_TableNumbersEqualTheJsonReport()
    {
        var file = Temp.Combine("department.docx");
        var docx = CliRunner.Run(["report", .. Sites, "--report-format", "docx", "-o", file]);
        var json = CliRunner.Run(["report", .. Sites, "--by", "owner,kind", "--report-format", "json"]);
        Assert.True(docx.ExitCode == 0, docx.ToString());

        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(file, false);
        var rows = document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList())
            .ToList();
        using var report = JsonDocument.Parse(json.Stdout);
        foreach (var person in report.RootElement.GetProperty("groups").EnumerateArray())
        {
            Assert.Equal(person.GetProperty("count").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), rows.Single(r => r[0] == person.GetProperty("owner").GetString())[^1]);
        }

        Assert.Equal(report.RootElement.GetProperty("total").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), rows[^1][^1]);
        Assert.Single(document.MainDocumentPart.ChartParts);
    }

    [Fact]
    public void Xlsx_ToATerminal_Refused()
    {
        var r = CliRunner.Run(CliRunner.WithFakes(outputIsTerminal: true), ["report", .. Sites, "--report-format", "xlsx"]);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("binary", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ByKind_DepartmentCountsEachTalkOnce()
    {
        var r = CliRunner.Run(["report", .. Sites, "--by", "kind", "--report-format", "csv"]);

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("kind,talks\r\ntotal,4\r\ntalk,3\r\ninvited,1\r\n", r.Stdout);
    }

    [Fact]
    public void ByAcademicYear_StartFromTheOptionOrTheDefault()
    {
        var september = CliRunner.Run(["report", .. Sites, "--by", "academic-year", "--report-format", "csv"]);
        var october = CliRunner.Run(["report", .. Sites, "--by", "academic-year", "--academic-year-start", "10-01", "--report-format", "csv"]);

        // 2020-10-01, 2021-03-01, 2021-08-31 | 2021-09-01 with a 1 September start.
        Assert.Equal("academic-year,talks\r\ntotal,4\r\n2021/22,1\r\n2020/21,3\r\n", september.Stdout);
        // With 1 October, 2021-09-01 belongs to 2020/21.
        Assert.Equal("academic-year,talks\r\ntotal,4\r\n2020/21,4\r\n", october.Stdout);
    }

    [Fact]
    public void ByTag_EachSiteKeepsItsOwnIgnoredTags()
    {
        var r = CliRunner.Run(["report", .. Sites, "--by", "tag", "--report-format", "csv"]);

        // Ada's talkexport.yml drops "frontpage" from her talks only; "computing" is on three talks, the shared one once.
        Assert.Equal("tag,talks\r\ntotal,4\r\ncomputing,2\r\n(no tag),2\r\n", r.Stdout);
    }

    [Fact]
    public void ConfigGiven_AppliesToEverySite()
    {
        var config = Temp.Write("department.yml", "ignore_tags: [computing]\n");

        var r = CliRunner.Run(["report", .. Sites, "--config", config, "--by", "tag", "--report-format", "csv"]);

        Assert.Equal("tag,talks\r\ntotal,4\r\nfrontpage,2\r\n(no tag),2\r\n", r.Stdout);
    }

    [Fact]
    public void MissingSite_Exit1AndNoReport()
    {
        var r = CliRunner.Run(["report", .. Sites, Temp.Combine("nobody"), "--by", "owner"]);

        Assert.Equal(1, r.ExitCode);
        Assert.Empty(r.Stdout);
        Assert.Contains("no such file or folder", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--by", "person", "'person' is not one of owner, kind, year, academic-year, tag")]
    [InlineData("--academic-year-start", "13-01", "is not a day of the year")]
    public void BadOption_Exit1(string option, string value, string message)
    {
        var r = CliRunner.Run(["report", .. Sites, "--by", "owner", option, value]);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains(message, r.Stderr, StringComparison.Ordinal);
    }
}
