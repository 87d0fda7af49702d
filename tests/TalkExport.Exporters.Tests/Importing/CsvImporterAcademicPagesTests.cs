using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Text;
using TalkExport.Exporters.Csv.Importing;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Importing;

/// <summary>academicpages' talks.tsv, the template's generator input, from the corpus: the template's own and a fork's real one.</summary>
public sealed class CsvImporterAcademicPagesTests
{
    // Python's csv module (what the generator's pandas.read_csv(sep="\t") also reads) as the oracle,
    // with the date as the generator's users mean it: ISO, or a US spreadsheet's M/D/YY.
    private const string Script =
        "import csv, json, sys, datetime\n" +
        "def iso(d):\n" +
        "    for f in ('%Y-%m-%d', '%m/%d/%y', '%m/%d/%Y'):\n" +
        "        try: return datetime.datetime.strptime(d, f).date().isoformat()\n" +
        "        except ValueError: pass\n" +
        "    return None\n" +
        "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n" +
        "    rows = list(csv.DictReader(f, delimiter='\\t'))\n" +
        "for r in rows: r['iso_date'] = iso(r['date'])\n" +
        "sys.stdout.buffer.write(json.dumps(rows, ensure_ascii=True).encode('ascii'))\n";

    private static string TemplateTsv => Path.Combine(TestEnvironment.RequireCorpus(), "academicpages--academicpages.github.io", "markdown_generator", "talks.tsv");

    private static string ForkTsv => Path.Combine(TestEnvironment.RequireCorpus(), "_other-versions", "academicpages--academicpages.github.io@043086de", "markdown_generator", "talks.tsv");

    [Fact]
    public void TemplateTsv_EveryRow_ImportedAsWritten()
    {
        var batch = Import(TemplateTsv);

        Assert.Equal(4, batch.Talks.Count);
        Assert.Equal(
            [
                ("Talk 1 on Relevant Topic in Your Field", "2012-03-01", "UC San Francisco, Department of Testing", "San Francisco, California", TalkKind.Talk),
                ("Tutorial 1 on Relevant Topic in Your Field", "2013-03-01", "UC-Berkeley Institute for Testing Science", "Berkeley CA, USA", TalkKind.Tutorial),
                ("Talk 2 on Relevant Topic in Your Field", "2014-02-01", "London School of Testing", "London, UK", TalkKind.Talk),
                ("Conference Proceeding talk 3 on Relevant Topic in Your Field", "2014-03-01", "Testing Institute of America 2014 Annual Conference", "Los Angeles, CA", TalkKind.Talk),
            ],
            batch.Talks.Select(t => (t.Title, t.Date.ToString()!, t.Venue!, t.Location!, t.Kind)));
        Assert.Equal([2, 3, 4, 5], batch.Talks.Select(t => t.Source.Line));
        Assert.Equal([null, "https://exampleurl.com", "https://example2.com", null], batch.Talks.Select(t => t.Links.Event));
        Assert.All(batch.Talks, t => Assert.Null(t.Links.Slides));
        Assert.All(batch.Talks, t => Assert.Empty(t.Authors));
        Assert.StartsWith("This is a description of your tutorial, note the different field in type.", batch.Talks[1].Abstract, StringComparison.Ordinal);
        // The slugs named the generated pages: lost, said once.
        var lost = ImportTestSites.SingleDiagnostic(batch, ImportDiagnosticCodes.FieldLost, 1);
        Assert.Contains("url_slug", lost.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateTsv_CrlfAndUsDatesAndBom_SameTalks()
    {
        var text = File.ReadAllText(TemplateTsv);
        var excel = "\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal)
            .Replace("2012-03-01", "3/1/12", StringComparison.Ordinal)
            .Replace("2013-03-01", "3/1/2013", StringComparison.Ordinal)
            .Replace("2014-02-01", "2/1/14", StringComparison.Ordinal);
        Assert.Contains("\r\n", excel, StringComparison.Ordinal);

        var original = Import(TemplateTsv);
        var converted = new CsvImporter().Read(new ImportSource("markdown_generator/talks.tsv", excel), TestContext.Current.CancellationToken);

        Assert.Equal(4, converted.Talks.Count);
        Assert.Equal(original.Talks.Select(Summary), converted.Talks.Select(Summary));
        Assert.Equal(original.Diagnostics, converted.Diagnostics);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CorpusTsvs_EveryColumn_AsPythonsCsvModuleReadsIt(bool fork)
    {
        var path = fork ? ForkTsv : TemplateTsv;
        var rows = Python(path);
        var batch = Import(path);

        Assert.Equal(fork ? 10 : 4, rows.Count);
        Assert.Equal(rows.Count, batch.Talks.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var talk = batch.Talks[i];
            Assert.Equal(row["title"], talk.Title);
            Assert.Equal(row["iso_date"], talk.Date?.ToString());
            Assert.Equal(Blank(row["venue"]), talk.Venue);
            Assert.Equal(Blank(row["location"]), talk.Location);
            Assert.Equal(Blank(row["talk_url"]), talk.Links.Event ?? talk.Links.Slides);
            // The description is the generated page's Markdown body: where it has markup (the fork's
            // "Fs_=_200 Hz … (Fs_=_64 kHz)" is emphasis, one row has a link), Markdown takes only
            // markup away, never words: the letters and digits are the same, the link's address aside.
            var description = row["description"]!;
            if (InlineMarkdown.MayHaveMarkup(description))
            {
                Assert.Equal(LettersAndDigits(Regex.Replace(description, @"\]\([^)]*\)", "")), LettersAndDigits(talk.Abstract!));
            }
            else
            {
                Assert.Equal(Blank(description), talk.Abstract);
            }
        }
    }

    [Fact]
    public void ForkTsv_QuotedCellsUsDatesTypesAndAVideoInTheDescription_Read()
    {
        Assert.Contains("\r\n", File.ReadAllText(ForkTsv), StringComparison.Ordinal);

        var batch = Import(ForkTsv);

        Assert.Equal(10, batch.Talks.Count);
        var first = batch.Talks[0];
        Assert.Equal(("Long-term noise interferometry analysis in the northeast Pacific Ocean", new TalkDate(2021, 4, 1), "Acoustical Society of America", null),
            (first.Title, first.Date!.Value, first.Venue!, first.Location));
        Assert.Equal("https://asa.scitation.org/doi/abs/10.1121/10.0004609", first.Links.Event);
        Assert.Equal("Seattle, WA", batch.Talks[1].Location);
        Assert.Equal("https://asa.scitation.org/doi/pdf/10.1121/10.0007697", batch.Talks[1].Links.Event);
        Assert.Equal(new TalkDate(2022, 2, 1), batch.Talks[5].Date);
        Assert.Equal(TalkKind.Poster, batch.Talks[8].Kind);
        var seminar = batch.Talks[9];
        Assert.Equal((TalkKind.Seminar, new TalkDate(2022, 11, 3), "Applied Physics Laboratory - UW"), (seminar.Kind, seminar.Date!.Value, seminar.Venue!));
        Assert.StartsWith("https://www.youtube.com/watch?v=fmcVh-1gajI", seminar.Links.Video, StringComparison.Ordinal);
        Assert.EndsWith("ambient noise interferometry in the deep ocean for long-term ocean monitoring. Video of presentation", seminar.Abstract, StringComparison.Ordinal);
        Assert.Equal(11, seminar.Source.Line);
    }

    private static ImportBatch Import(string path) =>
        new CsvImporter().Read(new ImportSource("markdown_generator/talks.tsv", File.ReadAllText(path, Encoding.UTF8)), TestContext.Current.CancellationToken);

    private static string Summary(Talk t) =>
        string.Join(" | ", t.Title, t.Date, t.EndDate, t.Kind, t.Venue, t.Location, t.Links, t.Abstract, t.Authors.Count, t.Tags.Count, t.Source.Line);

    private static string LettersAndDigits(string s) => string.Concat(s.Where(char.IsLetterOrDigit));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static List<Dictionary<string, string?>> Python(string path)
    {
        var result = ExternalTool.Run(ExternalTool.Require("python3"), ["-c", Script, path]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.StandardOutput);
        return [.. doc.RootElement.EnumerateArray().Select(r => r.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()))];
    }
}
