using TalkExport.Core.Exporting;
using TalkExport.Exporters.Csv;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Csv;

/// <summary>LibreOffice Calc as the spreadsheet oracle: a European-Excel style file opens with the right columns.</summary>
public sealed class CsvLibreOfficeTests
{
    [Fact]
    public void Calc_BomSemicolonFile_OpensWithRightColumnsAndNonAsciiIntact()
    {
        var soffice = ExternalTool.Require("soffice");
        using var dir = new TempDirectory();
        var input = dir.Combine("talks.csv");
        var settings = ExporterSettings.Empty.With("bom").With("delimiter", ";");
        File.WriteAllBytes(input, ExportRun.Run(new CsvExporter(), SampleTalks.All, settings).Bytes);
        var outDir = dir.Combine("out");

        // One profile per process: two soffice processes sharing a profile make the second fail silently.
        var result = ExternalTool.Run(
            soffice,
            [
                $"-env:UserInstallation=file://{dir.Combine("lo-profile")}", "--headless",
                "--infilter=CSV:59,34,76", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", outDir, input,
            ],
            timeout: TimeSpan.FromMinutes(2));
        var converted = Path.Combine(outDir, "talks.csv");
        Assert.True(result.ExitCode == 0 && File.Exists(converted), result.ToString());

        var calcRows = PythonCsv.Read(converted, ',');
        var ourRows = PythonCsv.Read(input, ';');
        Assert.Equal(CsvColumns.Default, calcRows[0]);
        Assert.Equal(SampleTalks.All.Count + 1, calcRows.Count);
        Assert.Equal(ourRows, calcRows);
        Assert.Contains(calcRows, r => r.Contains("'@attacker; Zoë Ørsted-Ångström"));
    }
}
