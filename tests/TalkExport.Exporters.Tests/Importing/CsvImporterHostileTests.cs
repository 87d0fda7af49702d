using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Exporters.Csv;
using TalkExport.Exporters.Csv.Importing;
using TalkExport.Exporters.Tests.FormatsShared;

namespace TalkExport.Exporters.Tests.Importing;

/// <summary>Malformed, hostile and odd tables: every row that can be read is, and every one that cannot gives an error at its line.</summary>
public sealed class CsvImporterHostileTests
{
    [Theory]
    [InlineData("talks.csv", true)]
    [InlineData("TALKS.TSV", true)]
    [InlineData("export.Csv", true)]
    [InlineData("talks.json", false)]
    [InlineData("talks.csv.bak", false)]
    public void Recognises_ByExtensionIgnoringCase(string path, bool expected) =>
        Assert.Equal(expected, new CsvImporter().Recognises(path, "title,date"));

    [Fact]
    public void Formula_InAHandWrittenFile_StaysPlainText()
    {
        var batch = Read("title,venue\n=cmd|' /C calc'!A0,\"=HYPERLINK(\"\"http://evil.example\"\")\"\n'=kept as written,@venue\n");

        Assert.Empty(batch.Diagnostics);
        Assert.Equal(["=cmd|' /C calc'!A0", "'=kept as written"], batch.Talks.Select(t => t.Title));
        Assert.Equal(["=HYPERLINK(\"http://evil.example\")", "@venue"], batch.Talks.Select(t => t.Venue));
    }

    [Fact]
    public void FormulaGuard_OfOurExporter_UndoneExactly()
    {
        var hostile = SampleTalks.Hostile with { Abstract = "-abstract starting with a minus" };
        var csv = ExportRun.Text(new CsvExporter(), [hostile], ExporterSettings.Empty.With("columns", "title,venue,location,abstract"));
        Assert.Contains("\"'=HYPERLINK(", csv, StringComparison.Ordinal);

        var talk = Assert.Single(Read(csv).Talks);

        Assert.Equal(hostile.Title, talk.Title);
        Assert.Equal(hostile.Venue, talk.Venue);
        Assert.Equal("-abstract starting with a minus", talk.Abstract);
    }

    [Fact]
    public void FormulaGuard_AcademicPagesTsv_ApostropheIsThePersons()
    {
        var batch = Read("title\ttype\turl_slug\tvenue\tdate\tlocation\ttalk_url\tdescription\n\"'=x\"\tTalk\t\t\t2020-01-01\t\t\t\n", "talks.tsv");

        Assert.Equal("'=x", Assert.Single(batch.Talks).Title);
    }

    [Fact]
    public void UnclosedQuote_AtRow3_ErrorAtLine3AndTheRowsBeforeAndAfterRead()
    {
        var batch = Read(
            "title,date,abstract\n" +
            "A,2020-01-01,\n" +
            "\"B never closed,2020-01-02,\n" +
            "C,2020-01-03,\"two\n\nparagraphs\"\n" +
            "D,2020-01-04,\n");

        Assert.Equal(["A", "C", "D"], batch.Talks.Select(t => t.Title));
        Assert.Equal([2, 4, 7], batch.Talks.Select(t => t.Source.Line));
        Assert.Equal("two\n\nparagraphs", batch.Talks[1].Abstract);
        ImportTestSites.SingleDiagnostic(batch, ImportDiagnosticCodes.UnreadableEntry, 3);
    }

    [Fact]
    public void UnclosedQuote_NoQuoteAfterIt_RunsToTheEndAndTheLaterLinesAreReadAgain()
    {
        var batch = Read("title,date\r\nA,2020\r\n\"B,2021\r\nC,2022\r\nD,2023\r\n");

        Assert.Equal([("A", 2), ("C", 4), ("D", 5)], batch.Talks.Select(t => (t.Title, t.Source.Line)));
        Assert.Equal((DiagnosticSeverity.Error, 3), (Assert.Single(batch.Diagnostics).Severity, batch.Diagnostics[0].Line));
    }

    [Fact]
    public void UnclosedQuote_OnEveryLine_GivesUpAfterTheLimit()
    {
        var text = "title,date\n" + string.Concat(Enumerable.Repeat("\"x,2020\n", 10_000));

        var batch = Read(text);

        Assert.Empty(batch.Talks);
        Assert.Equal(CsvImporter.MaxUnclosedQuotes + 1, batch.Diagnostics.Count);
        Assert.All(batch.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal(Enumerable.Range(2, CsvImporter.MaxUnclosedQuotes), batch.Diagnostics.Take(CsvImporter.MaxUnclosedQuotes).Select(d => d.Line));
    }

    [Fact]
    public void UnclosedQuote_InTheHeader_RefusesTheFile()
    {
        var batch = Read("\"title,date\nA,2020\n");

        Assert.Empty(batch.Talks);
        Assert.Equal((DiagnosticSeverity.Error, 1), (Assert.Single(batch.Diagnostics).Severity, batch.Diagnostics[0].Line));
    }

    [Fact]
    public void TextAfterClosingQuote_ReadAsPythonReadsItWithAWarning()
    {
        var batch = Read("title,date\n\"Deep\" learning,2020\n");

        Assert.Equal("Deep learning", Assert.Single(batch.Talks).Title);
        Assert.Equal((DiagnosticSeverity.Warning, 2), (Assert.Single(batch.Diagnostics).Severity, batch.Diagnostics[0].Line));
    }

    [Fact]
    public void TenThousandRows_AllRead()
    {
        var sb = new StringBuilder("date,title,authors,kind,venue\r\n");
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append(FormattableString.Invariant($"2020-01-{1 + (i % 28):D2},\"Talk {i}, on things\",Ada Lindqvist; Nils Berg,seminar,Venue {i}\r\n"));
        }

        var batch = Read(sb.ToString());

        Assert.Empty(batch.Diagnostics);
        Assert.Equal(10_000, batch.Talks.Count);
        var last = batch.Talks[^1];
        Assert.Equal(("Talk 9999, on things", new TalkDate(2020, 1, 4), TalkKind.Seminar, "Venue 9999", 10_001), (last.Title, last.Date!.Value, last.Kind, last.Venue!, last.Source.Line));
        Assert.Equal(["Ada Lindqvist", "Nils Berg"], last.Authors.Select(a => a.Name));
    }

    [Fact]
    public void RaggedRows_FewerCellsAreEmptyMoreCellsWarned()
    {
        var batch = Read("title,date,venue\nShort\nLong,2020-05,Venue,surplus,cells\nTrailing empties,2021,,,\n");

        Assert.Equal(["Short", "Long", "Trailing empties"], batch.Talks.Select(t => t.Title));
        Assert.Equal([null, new TalkDate(2020, 5), new TalkDate(2021)], batch.Talks.Select(t => t.Date));
        Assert.Equal("Venue", batch.Talks[1].Venue);
        ImportTestSites.SingleDiagnostic(batch, ImportDiagnosticCodes.FieldLost, 3);
    }

    [Fact]
    public void EmptyFile_OneWarningNoTalks()
    {
        var batch = Read("");

        Assert.Empty(batch.Talks);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(batch.Diagnostics).Severity);
    }

    [Theory]
    [InlineData("title,date\r\n")]
    [InlineData("\uFEFFkey,date,end_date,year,title,authors,kind,venue,location,url,slides,video,event_url,tags,abstract,source\r\n")]
    [InlineData("title,date\n,,\n\n,\n")]
    public void HeaderOnly_NoTalksNothingToSay(string text)
    {
        var batch = Read(text);

        Assert.Empty(batch.Talks);
        Assert.Empty(batch.Diagnostics);
    }

    [Fact]
    public void NoTitleColumn_RefusedAtTheHeader()
    {
        var batch = Read("name,when\nA,2020\n");

        Assert.Empty(batch.Talks);
        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, 1), (error.Severity, error.Line));
        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowErrors_NoTitleAndBadDates_AtTheirLinesOthersRead()
    {
        var batch = Read("title,date,end_date\nGood,2020-02-03,\n,2020,\nBad date,2020-02-30,\nBad end,2020,soon\n");

        Assert.Equal("Good", Assert.Single(batch.Talks).Title);
        Assert.Equal([3, 4, 5], batch.Diagnostics.Select(d => d.Line));
        Assert.All(batch.Diagnostics, d => Assert.Equal((DiagnosticSeverity.Error, ImportDiagnosticCodes.UnreadableEntry), (d.Severity, d.Code)));
    }

    [Theory]
    [InlineData("title;date;venue\nA talk;2020-01-02;Lund, Sweden\n")]
    [InlineData("sep=;\ntitle;date;venue\nA talk;2020-01-02;Lund, Sweden\n")]
    [InlineData("title\tdate\tvenue\nA talk\t2020-01-02\tLund, Sweden\n")]
    [InlineData("TITLE,Date,\"Venue\"\nA talk,2020-01-02,\"Lund, Sweden\"\n")]
    public void Separator_FromTheHeader_AndNamesIgnoringCase(string text)
    {
        var talk = Assert.Single(Read(text).Talks);

        Assert.Equal(("A talk", new TalkDate(2020, 1, 2), "Lund, Sweden"), (talk.Title, talk.Date!.Value, talk.Venue!));
        Assert.Equal(text.StartsWith("sep=", StringComparison.Ordinal) ? 3 : 2, talk.Source.Line);
    }

    [Fact]
    public void Dates_EuropeanAndDayFirstFiles()
    {
        var dotted = Read("title;date\nA;03.06.2019\nB;3.6.19\n");
        var dayFirst = Read("title,date\nA,03/06/2019\nB,25/12/2019\n");
        var monthFirst = Read("title,date\nA,03/06/2019\nB,12/25/2019\n");

        Assert.Equal([new TalkDate(2019, 6, 3), new TalkDate(2019, 6, 3)], dotted.Talks.Select(t => t.Date));
        Assert.Equal([new TalkDate(2019, 6, 3), new TalkDate(2019, 12, 25)], dayFirst.Talks.Select(t => t.Date));
        Assert.Equal([new TalkDate(2019, 3, 6), new TalkDate(2019, 12, 25)], monthFirst.Talks.Select(t => t.Date));
    }

    [Fact]
    public void UnknownColumnsAndRefusedLinks_Said()
    {
        var batch = Read("title,slides,speaker notes,rating\nA,javascript:alert(1),x,5\n");

        var talk = Assert.Single(batch.Talks);
        Assert.Null(talk.Links.Slides);
        Assert.Equal(
            [(DiagnosticSeverity.Info, 1, true), (DiagnosticSeverity.Warning, 2, false)],
            batch.Diagnostics.Select(d => (d.Severity, d.Line, d.Message.Contains("speaker notes, rating", StringComparison.Ordinal))));
    }

    [Fact]
    public void OurColumns_EveryFieldAndExtras_Read()
    {
        var batch = Read(
            "key,date,end_date,title,authors,kind,kind_label,venue,location,institution,url,slides,video,event_url,code,tags,abstract,language,bibtex,source,extra.co_hosts\n" +
            "k1,2019-06-03,2019-06-05,Keynote talk,\"Anna van der Berg; Martin King, Jr.; Nordic AI Consortium\",keynote,Keynote,SCML,\"Malmö, Sweden\",Malmö University," +
            "https://a.example/t,https://a.example/s.pdf,https://youtu.be/x,https://scml.example,https://github.com/x,few-shot; ml,\"P1\r\n\r\nP2\",sv,@misc{x},_talks/x.md,Nils; Åsa\n");

        Assert.Empty(batch.Diagnostics);
        var t = Assert.Single(batch.Talks);
        Assert.Equal("", t.Key);
        Assert.Equal((new TalkDate(2019, 6, 3), new TalkDate(2019, 6, 5), TalkKind.Keynote), (t.Date!.Value, t.EndDate!.Value, t.Kind));
        Assert.Equal(["Anna van der Berg", "Martin King, Jr.", "Nordic AI Consortium"], t.Authors.Select(a => a.Name));
        Assert.Equal(("Berg", "van der", "Nordic AI Consortium"), (t.Authors[0].Family!, t.Authors[0].Particle!, t.Authors[2].Literal!));
        Assert.Equal(("SCML", "Malmö, Sweden", "Malmö University"), (t.Venue!, t.Location!, t.Institution!));
        Assert.Equal(new TalkLinks { Page = "https://a.example/t", Slides = "https://a.example/s.pdf", Video = "https://youtu.be/x", Event = "https://scml.example", Code = "https://github.com/x" }, t.Links);
        Assert.Equal(["few-shot", "ml"], t.Tags);
        Assert.Equal(("P1\n\nP2", "sv", "@misc{x}"), (t.Abstract!, t.Language!, t.BibTeX!));
        Assert.Equal(("co_hosts", "Nils; Åsa"), (t.Extra[0].Key, t.Extra[0].Value.AsString()!));
        Assert.Equal(new SourceLocation("talks.csv", 2) { InDataFile = true }, t.Source);
    }

    private static ImportBatch Read(string text, string path = "talks.csv") =>
        new CsvImporter().Read(new ImportSource(path, text), TestContext.Current.CancellationToken);
}
