using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Csv;
using TalkExport.Exporters.Tests.FormatsShared;

namespace TalkExport.Exporters.Tests.Csv;

public sealed class CsvExporterTests
{
    private const string DefaultHeader = "key,date,end_date,year,title,authors,kind,venue,location,url,slides,video,event_url,tags,abstract,source";

    [Fact]
    public void Export_NoOptions_WritesDefaultHeaderAndCrlf()
    {
        var text = ExportRun.Text(new CsvExporter(), [SampleTalks.Keynote]);

        Assert.StartsWith(DefaultHeader + "\r\n", text, StringComparison.Ordinal);
        Assert.Equal(
            "lindqvist2019keynote,2019-06-03,2019-06-05,2019,Learning from few examples: a keynote,Ada Lindqvist; Nordic AI Consortium,keynote," +
            "Scandinavian Conference on Machine Learning,\"Malmö, Sweden\",,,,https://scml.example.org/2019/,few-shot,,_talks/2019-06-03-keynote.md\r\n",
            text[(DefaultHeader.Length + 2)..]);
    }

    [Fact]
    public void Export_EmptyInput_IsHeaderOnly() =>
        Assert.Equal(DefaultHeader + "\r\n", ExportRun.Text(new CsvExporter(), []));

    [Fact]
    public void Export_Columns_SelectsAndOrdersIncludingExtra()
    {
        var settings = ExporterSettings.Empty.With("columns", "title,date", "extra.co_hosts,extra.meta,extra.layout");

        var text = ExportRun.Text(new CsvExporter(), [SampleTalks.Seminar, SampleTalks.MonthOnly], settings);

        Assert.Equal(
            "title,date,extra.co_hosts,extra.meta,extra.layout\r\n" +
            "Uncertainty in deep learning,2020-11-05,Nils; Åsa,room: B12; seats: 40,talks\r\n" +
            "Posters about posters,2018-03,,,\r\n",
            text);
    }

    [Fact]
    public void Export_UnknownColumn_IsUsageErrorListingValidColumns()
    {
        var settings = ExporterSettings.Empty.With("columns", "title,speaker");

        var e = Assert.Throws<TalkExportException>(() => ExportRun.Run(new CsvExporter(), [SampleTalks.Seminar], settings));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Contains("'speaker'", e.Message, StringComparison.Ordinal);
        Assert.Contains("key, date, end_date, year, title, authors", e.Message, StringComparison.Ordinal);
        Assert.Contains("extra.<key>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ExtraColumnNoTalkHas_WarnsTE4001()
    {
        var diagnostics = new List<Diagnostic>();

        ExportRun.Run(new CsvExporter(), [SampleTalks.Keynote], ExporterSettings.Empty.With("columns", "title,extra.nope"), diagnostics: diagnostics);

        var d = Assert.Single(diagnostics);
        Assert.Equal(CsvDiagnosticCodes.ExtraColumnEmpty, d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Theory]
    [InlineData(";", ';')]
    [InlineData("\t", '\t')]
    [InlineData("\\t", '\t')]
    [InlineData("tab", '\t')]
    [InlineData("|", '|')]
    public void Export_Delimiter_UsesSeparator(string option, char separator)
    {
        var text = ExportRun.Text(new CsvExporter(), [SampleTalks.Keynote], ExporterSettings.Empty.With("delimiter", option).With("columns", "date,location"));

        Assert.Equal($"date{separator}location\r\n2019-06-03{separator}Malmö, Sweden\r\n", text);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("\"")]
    [InlineData(",,")]
    public void Export_BadDelimiter_IsUsageError(string option) =>
        Assert.Equal(FailureKind.Usage, Assert.Throws<TalkExportException>(() => ExportRun.Run(new CsvExporter(), [], ExporterSettings.Empty.With("delimiter", option))).Kind);

    [Fact]
    public void Export_BomAndLf_StartsWithBomEndsLinesWithLf()
    {
        var bytes = ExportRun.Run(new CsvExporter(), [SampleTalks.Keynote], ExporterSettings.Empty.With("bom").With("newline", "lf")).Bytes;

        Assert.True(bytes.AsSpan().StartsWith("\uFEFF"u8), "BOM first");
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        Assert.DoesNotContain('\r', text);
        Assert.StartsWith(DefaultHeader + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_NoBom_HasNoBom() =>
        Assert.False(ExportRun.Run(new CsvExporter(), [SampleTalks.Keynote]).Bytes.AsSpan().StartsWith("\uFEFF"u8));

    [Fact]
    public void Export_ListSeparatorAndAbstractSpace_Applied()
    {
        var settings = ExporterSettings.Empty.With("columns", "tags,abstract").With("list-separator", " | ").With("abstract-paragraphs", "space");

        var text = ExportRun.Text(new CsvExporter(), [SampleTalks.Seminar], settings);

        Assert.Equal("tags,abstract\r\ndefault | uncertainty,\"Our world is full of uncertainties. This talk shows how models can say \"\"I don't know\"\".\"\r\n", text);
    }

    [Fact]
    public void Export_NoAuthors_UsesSiteOwner()
    {
        var text = ExportRun.Text(new CsvExporter(), [SampleTalks.MonthOnly], ExporterSettings.Empty.With("columns", "authors"));

        Assert.Equal("authors\r\nAda Lindqvist\r\n", text);
    }

    [Fact]
    public void Export_NoAuthorsOwnerPinnedFamilyGiven_WritesTheNameGivenFirst()
    {
        var site = SampleTalks.Site with { Owner = "Degli Alberti, Ada" };

        var text = ExportRun.Text(new CsvExporter(), [SampleTalks.MonthOnly], ExporterSettings.Empty.With("columns", "authors"), site);

        Assert.Equal("authors\r\nAda Degli Alberti\r\n", text);
    }

    [Fact]
    public void Export_Formulas_GuardedByDefaultAndNotWithNoFormulaGuard()
    {
        var settings = ExporterSettings.Empty.With("columns", "title,venue");

        var guarded = ExportRun.Text(new CsvExporter(), [SampleTalks.Hostile], settings);
        var raw = ExportRun.Text(new CsvExporter(), [SampleTalks.Hostile], settings.With("no-formula-guard"));

        Assert.Equal("title,venue\r\n\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\"'+SUM(1;2), \"\"Quoted\"\"; semi;colon\"\r\n", guarded);
        Assert.Equal("title,venue\r\n\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\"+SUM(1;2), \"\"Quoted\"\"; semi;colon\"\r\n", raw);
    }
}
