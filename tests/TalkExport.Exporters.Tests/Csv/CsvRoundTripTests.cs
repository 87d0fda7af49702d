using CsvHelper;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Csv;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Csv;

/// <summary>The law: what a CSV reader reads back is what was meant (Python's csv module and CsvHelper).</summary>
public sealed class CsvRoundTripTests
{
    // The hostile talk's cells as a reader must see them: the guard's "'" on = + - @ cells,
    // CRLF inside a cell read as LF, a tab as a space, other control characters gone.
    private static readonly string[] HostileRow =
    [
        "hostile2021", "2021", "", "2021",
        "'=HYPERLINK(\"http://evil.example\",\"click\")",
        "'@attacker; Zoë Ørsted-Ångström",
        "talk",
        "'+SUM(1;2), \"Quoted\"; semi;colon",
        "'-2+3 Tab herebell",
        "https://ada.example.org/talks/hostile/?a=1&b=2", "", "", "",
        "a,b; c;d; -minus",
        "Line one, with comma\nline two \"quoted\"\n\nPara 2: 日本語 🎉 [31mred[0m",
        "_talks/2021-hostile.md",
    ];

    private static readonly string[] MultiLineRow =
    [
        "lindqvist2017multiline", "2017-01-31", "", "2017", "A title\non two lines", "Ada Lindqvist", "lecture",
        "Guest lecture, Uppsala University", "", "", "", "", "", "", "", "_talks/2017-01-31-multiline.md",
    ];

    [Theory]
    [InlineData(",", ',', "crlf")]
    [InlineData(";", ';', "lf")]
    [InlineData("tab", '\t', "crlf")]
    public void PythonCsv_HostileValues_ReadBackAsMeant(string delimiter, char separator, string newline)
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("talks.csv");
        var settings = ExporterSettings.Empty.With("delimiter", delimiter).With("newline", newline).With("bom");
        File.WriteAllBytes(path, ExportRun.Run(new CsvExporter(), SampleTalks.All, settings).Bytes);

        var rows = PythonCsv.Read(path, separator);

        Assert.Equal(SampleTalks.All.Count + 1, rows.Count);
        Assert.Equal(CsvColumns.Default, rows[0]);
        Assert.All(rows, r => Assert.Equal(CsvColumns.Default.Count, r.Count));
        Assert.Equal(HostileRow, rows[1]);
        Assert.Equal(MultiLineRow, rows[^1]);
        var seminar = rows.Single(r => r[0] == SampleTalks.Seminar.Key);
        Assert.Equal("2020-11-05", seminar[1]);
        Assert.Equal(SampleTalks.Seminar.Abstract, seminar[14]);
    }

    [Fact]
    public void PythonCsv_NoFormulaGuard_ReadsValuesUnprefixed()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("talks.csv");
        File.WriteAllBytes(path, ExportRun.Run(new CsvExporter(), [SampleTalks.Hostile], ExporterSettings.Empty.With("no-formula-guard")).Bytes);

        var row = PythonCsv.Read(path)[1];

        Assert.Equal(SampleTalks.Hostile.Title, row[4]);
        Assert.Equal("-2+3 Tab herebell", row[8]);
    }

    [Fact]
    public void CsvHelper_SampleTalks_ReadsBackWhatPythonReads()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("talks.csv");
        var bytes = ExportRun.Run(new CsvExporter(), SampleTalks.All).Bytes;
        File.WriteAllBytes(path, bytes);
        var expected = PythonCsv.Read(path);

        var actual = new List<IReadOnlyList<string>>();
        using (var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { HasHeader = false }))
        {
            while (reader.Read())
            {
                actual.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "")]);
            }
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void PythonCsv_UnpairedSurrogateAndNel_ReplacedAndRemoved()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("talks.csv");
        var talk = SampleTalks.Keynote with { Title = "Half \uD83C pair\u0085 and a full 🎉 pair\u2028kept" };
        File.WriteAllBytes(path, ExportRun.Run(new CsvExporter(), [talk], ExporterSettings.Empty.With("columns", "title")).Bytes);

        var rows = PythonCsv.Read(path);

        Assert.Equal("Half \uFFFD pair and a full 🎉 pair\u2028kept", rows[1][0]);
    }

    // Excel keeps 32,767 characters of a cell; a 5 MB abstract would be cut without a word.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PythonCsv_CellBeyondExcelsLimit_CutWithAWarningUnlessKept(bool keep)
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("talks.csv");
        var abstractText = string.Concat(Enumerable.Repeat("word ", 1_000_000)) + "🎉 end";
        var talk = SampleTalks.Keynote with { Abstract = abstractText };
        var diagnostics = new List<Diagnostic>();
        var settings = ExporterSettings.Empty.With("columns", "title,abstract");
        File.WriteAllBytes(path, ExportRun.Run(new CsvExporter(), [talk], keep ? settings.With("keep-long-cells", "true") : settings, diagnostics: diagnostics).Bytes);

        var cell = PythonCsv.Read(path)[1][1];

        if (keep)
        {
            Assert.Equal(abstractText, cell);
            Assert.Empty(diagnostics);
        }
        else
        {
            Assert.Equal(CsvExporter.ExcelCellLimit, cell.Length);
            Assert.EndsWith("…", cell, StringComparison.Ordinal);
            Assert.StartsWith(abstractText[..32_000], cell, StringComparison.Ordinal);
            var warning = Assert.Single(diagnostics);
            Assert.Equal((CsvDiagnosticCodes.CellCut, DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
            Assert.Contains("'abstract'", warning.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Export_SameTalks_SameBytes()
    {
        var first = ExportRun.Run(new CsvExporter(), SampleTalks.All).Bytes;
        var second = ExportRun.Run(new CsvExporter(), [.. SampleTalks.All]).Bytes;

        Assert.Equal(first, second);
    }
}
