using System.Text.Json.Nodes;
using TalkExport.Core.Exporting;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX;
using TalkExport.Exporters.Csl;
using TalkExport.Exporters.Csl.Importing;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Importing;

public sealed class CslJsonImporterTests
{
    private static readonly CslJsonImporter Importer = new();

    [Theory]
    [InlineData("talks.csl.json", "{\"anything\": 1}", true)]
    [InlineData("refs.json", "  [\n  {\"id\": \"a\", \"type\": \"speech\"}]", true)]
    [InlineData("refs.json", "[]", true)]
    [InlineData("work.json", "{\"title\": {\"title\": {\"value\": \"A talk\"}}, \"type\": \"public-speech\"}", false)]
    [InlineData("bulk.json", "{\"bulk\": [{\"work\": {}}]}", false)]
    [InlineData("export.json", "[\n  {\n    \"key\": \"mogren2020\", \"title\": \"x\"}]", false)]
    [InlineData("refs.bib", "[", false)]
    public void Recognises_CslArraysNotOrcidObjects(string path, string head, bool expected) =>
        Assert.Equal(expected, Importer.Recognises(path, head));

    [Fact]
    public void Read_OurExportOfSampleTalks_GivesThemBack()
    {
        var talks = new[] { SampleTalks.Seminar, SampleTalks.Keynote, SampleTalks.MonthOnly };
        var json = ExportRun.Text(new CslJsonExporter(), talks);

        var batch = ImportTestSites.Import(Importer, "out.csl.json", json);

        Assert.Equal(3, batch.Talks.Count);
        var keynote = batch.Talks[1];
        Assert.Equal(SampleTalks.Keynote.Title, keynote.Title);
        Assert.Equal(SampleTalks.Keynote.Date, keynote.Date);
        Assert.Equal(SampleTalks.Keynote.EndDate, keynote.EndDate);
        Assert.Equal(TalkKind.Keynote, keynote.Kind);
        Assert.Equal("Malmö, Sweden", keynote.Location);
        Assert.Equal(Person.FromLiteral("Nordic AI Consortium"), keynote.Authors[1]);
        Assert.Equal("en", keynote.Language);
        Assert.Equal(SampleTalks.Seminar.Links.Page, batch.Talks[0].Links.Page);
        Assert.Equal(["default", "uncertainty"], batch.Talks[0].Tags);
        Assert.Equal(new SourceLocation("out.csl.json", 2), batch.Talks[0].Source);
        Assert.Equal(SampleTalks.MonthOnly.Date, batch.Talks[2].Date);
    }

    [Fact]
    public void Read_OtherToolsItems_MarkupNamesDatesAndTypes()
    {
        const string Json = """
            [
              {"id": "a", "type": "speech", "title": "Deep <i>learning</i> for <span class=\"nocase\">iPhone</span> H<sub>2</sub>O, p < 0.05",
               "author": [{"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"}, {"family": "King", "given": "Martin", "suffix": "Jr."}, {"literal": "ORCID Team"}],
               "event-date": {"date-parts": [["2021", "3", "4"], [2021, 3, 6]]}, "issued": {"date-parts": [[2020]]},
               "event": "Old event name", "event-title": "NeurIPS 2021", "publisher-place": "Vienna, Austria", "genre": "Poster presentation",
               "abstract": "First  paragraph\nwraps.\n\nSecond.", "keyword": "ml, talks"},
              {"id": "b", "type": "article-journal", "title": "A paper"},
              {"id": "c", "type": "speech", "title": "Raw date", "issued": {"raw": "2019-05-01/2019-05-02"}, "genre": "Invited talk"},
              {"id": "d", "type": "speech", "title": "Season", "issued": {"date-parts": [[2018, 21]]}}
            ]
            """;

        var batch = ImportTestSites.Import(Importer, "zotero.json", Json);

        Assert.Equal(1, batch.NotTalks);
        Assert.Equal(3, batch.Talks.Count);
        var a = batch.Talks[0];
        Assert.Equal("Deep learning for iPhone H2O, p < 0.05", a.Title);
        Assert.Equal("Ludwig|van|Beethoven|; Martin||King|Jr.; literal:ORCID Team", ImportTestSites.Parts(a.Authors));
        Assert.Equal((new TalkDate(2021, 3, 4), new TalkDate(2021, 3, 6)), (a.Date!.Value, a.EndDate!.Value));
        Assert.Equal(("NeurIPS 2021", "Vienna, Austria", TalkKind.Poster), (a.Venue, a.Location, a.Kind));
        Assert.Equal("First paragraph\nwraps.\n\nSecond.", a.Abstract);
        Assert.Equal(["ml", "talks"], a.Tags);
        Assert.Equal(new SourceLocation("zotero.json", 2), a.Source);
        Assert.Equal((new TalkDate(2019, 5, 1), new TalkDate(2019, 5, 2), TalkKind.Invited), (batch.Talks[1].Date!.Value, batch.Talks[1].EndDate!.Value, batch.Talks[1].Kind));
        Assert.Equal(new TalkDate(2018), batch.Talks[2].Date);
    }

    [Fact]
    public void Read_BadItems_ErrorAtTheirLinesOthersRead()
    {
        const string Json = "[\n  {\"id\": \"ok\", \"type\": \"speech\", \"title\": \"Fine\"},\n  {\"id\": \"untitled\", \"type\": \"speech\"},\n  {\"id\": \"baddate\", \"type\": \"speech\", \"title\": \"T\",\n   \"issued\": {\"date-parts\": [[2021, 2, 30]]}},\n  {\"id\": \"typeless\", \"title\": \"T\"},\n  42\n]";

        var batch = Importer.Read(new ImportSource("bad.json", Json), TestContext.Current.CancellationToken);

        Assert.Equal("Fine", Assert.Single(batch.Talks).Title);
        Assert.Equal([3, 4, 6, 7], batch.Diagnostics.Select(d => d.Line));
        Assert.All(batch.Diagnostics, d => Assert.Equal((DiagnosticSeverity.Error, ImportDiagnosticCodes.UnreadableEntry), (d.Severity, d.Code)));
        Assert.Contains("'untitled' has no title", batch.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("[2021, 2, 30] is not a calendar date", batch.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedJson_OneErrorWithLineAndColumnNoTalks()
    {
        const string Json = "[\n  {\"id\": \"a\", \"type\": \"speech\", \"title\": \"Fine\"},\n  {\"id\": \"b\" \"type\": \"speech\"}\n]";

        var batch = Importer.Read(new ImportSource("broken.json", Json), TestContext.Current.CancellationToken);

        Assert.Empty(batch.Talks);
        var error = Assert.Single(batch.Diagnostics);
        Assert.Equal((ImportDiagnosticCodes.UnreadableEntry, 3, 14), (error.Code, error.Line, error.Column));
        Assert.StartsWith("this is not valid JSON: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NestedTenThousandDeep_RefusedWithALine()
    {
        var json = "[{\"id\": \"a\", \"type\": \"speech\", \"title\": \"x\", \"note\":\n" + new string('[', 10_000) + new string(']', 10_000) + "}]";

        var batch = Importer.Read(new ImportSource("deep.json", json), TestContext.Current.CancellationToken);

        Assert.Empty(batch.Talks);
        var error = ImportTestSites.SingleDiagnostic(batch, ImportDiagnosticCodes.SourceRefused, 2);
        Assert.Contains("nests deeper than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAnArray_Refused()
    {
        var batch = Importer.Read(new ImportSource("x.csl.json", "\"speech\""), TestContext.Current.CancellationToken);

        Assert.Contains("not an array of items", Assert.Single(batch.Diagnostics).Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Real data: tachella's talks.bib (biblatex @article entries, the talk's title in "journal")
    /// through pandoc. pandoc makes them article-journal items: in a file named for talks they are
    /// talks, each with pandoc's title (or, for a title that describes the talk, its container) and issued date.
    /// </summary>
    [Fact]
    public void Pandoc_TachellaTalksBib_AFileNamedForTalksIsTalks_ReadAsPandocWroteThem()
    {
        var pandoc = ExternalTool.Require("pandoc");
        var bib = Path.Combine(TestEnvironment.RequireCorpus(), "tachella--tachella.github.io", "_bibliography", "talks.bib");
        var run = ExternalTool.Run(pandoc, ["-f", "biblatex", "-t", "csljson", bib]);
        Assert.True(run.ExitCode == 0, run.StandardError);
        var items = JsonNode.Parse(run.StandardOutput)!.AsArray();

        // Under another name, the articles are not talks.
        var asArticles = ImportTestSites.Import(Importer, "publications.json", run.StandardOutput);
        Assert.Equal((0, items.Count), (asArticles.Talks.Count, asArticles.NotTalks));
        Assert.True(items.Count >= 40, $"{items.Count} items");

        var batch = ImportTestSites.Import(Importer, "talks.json", run.StandardOutput);
        Assert.Equal(items.Count, batch.Talks.Count);
        var described = 0;
        foreach (var (item, talk) in items.Zip(batch.Talks))
        {
            // A title that describes the talk ("Lecture at …") has the talk's title as its container (the .bib's journal).
            var title = item!["title"]!.GetValue<string>();
            if (DescribedTalk.TryParse(title, out _, out _, out _) && item["container-title"] is { } container)
            {
                title = container.GetValue<string>();
                described++;
            }

            Assert.Equal(title, talk.Title);
            var parts = item["issued"]!["date-parts"]![0]!.AsArray().Select(p => p!.GetValue<int>()).ToArray();
            Assert.Equal(new TalkDate(parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null), talk.Date);
            Assert.Empty(talk.Authors);
        }

        Assert.True(described >= 10, $"{described} described titles");
        // pandoc sentence-cases titles for CSL ("WE-heraeus", "bad honnef"): read as pandoc wrote them.
        var first = batch.Talks[0];
        Assert.Equal(("AI for imaging", new TalkDate(2026, 7), "WE-heraeus summer school on physics of imaging", "bad honnef, germany", TalkKind.Lecture),
            (first.Title, first.Date!.Value, first.Venue, first.Location, first.Kind));
        Assert.Equal(TalkKind.Invited, batch.Talks[1].Kind);
        Assert.Equal(new SourceLocation("talks.json", 2), first.Source); // pandoc writes "[" on line 1, the first item from line 2
    }

    /// <summary>
    /// pandoc as another program writing CSL-JSON from a talk: our biblatex export (@unpublished
    /// with eventtitle, eventdate, venue) of the seed site through pandoc gives speech items, read
    /// back with the original title, dates, speakers and event.
    /// </summary>
    [Fact]
    public void Pandoc_SeedSiteBiblatexToCslJson_ReadBackAsTheTalks()
    {
        var pandoc = ExternalTool.Require("pandoc");
        var (talks, site) = ImportTestSites.Read(TestEnvironment.RequireSeedSite());
        var bib = ExportRun.Text(new BibTeXExporter(), talks, ExporterSettings.Empty.With(BibTeXExporter.DialectOption, "biblatex"), site);
        var run = ExternalTool.Run(pandoc, ["-f", "biblatex", "-t", "csljson"], stdin: bib);
        Assert.True(run.ExitCode == 0, run.StandardError);

        var batch = ImportTestSites.Import(Importer, "seed.json", run.StandardOutput);

        // pandoc sorts items by key, not in file order.
        Assert.Equal(talks.Count, batch.Talks.Count);
        // A site may have two talks of one title and date: each is matched with one read back. pandoc
        // re-cases English titles (sentence case, a capital after a colon), so titles match ignoring case.
        var byTitle = batch.Talks.GroupBy(t => (t.Title.ToUpperInvariant(), t.Date)).ToDictionary(g => g.Key, g => new Queue<Talk>(g));
        var problems = new List<string>();
        foreach (var talk in talks)
        {
            if (!byTitle.TryGetValue((talk.Title.ToUpperInvariant(), talk.Date), out var same) || !same.TryDequeue(out var read))
            {
                problems.Add($"{talk.Title} ({talk.Date}) not read back");
                continue;
            }

            ImportTestSites.Same(problems, talk.Title, "venue", talk.Venue, read.Venue);
            ImportTestSites.Same(problems, talk.Title, "end date", talk.EndDate == talk.Date ? null : talk.EndDate, read.EndDate);
            ImportTestSites.Same(problems, talk.Title, "speakers", string.Join("; ", ImportTestSites.Speakers(talk, site).Select(p => p.Name)), string.Join("; ", read.Authors.Select(p => p.Name)));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(batch.Talks, t => t.Title == "Uncertainty in deep learning" && t.Venue == "Learning Machines Seminars at RISE Research Institutes of Sweden" && t.Date == new TalkDate(2020, 11, 5));
    }

    /// <summary>pandoc reading and rewriting our CSL-JSON (key order, number forms) changes nothing the importer reads.</summary>
    [Fact]
    public void Pandoc_OurExportRewrittenByPandoc_ReadsTheSame()
    {
        var pandoc = ExternalTool.Require("pandoc");
        var (talks, site) = ImportTestSites.Read(TestEnvironment.RequireSeedSite());
        var json = ExportRun.Text(new CslJsonExporter(), talks, site: site);
        var run = ExternalTool.Run(pandoc, ["-f", "csljson", "-t", "csljson"], stdin: json);
        Assert.True(run.ExitCode == 0, run.StandardError);

        var ours = ImportTestSites.Import(Importer, "ours.csl.json", json).Talks;
        var pandocs = ImportTestSites.Import(Importer, "pandoc.json", run.StandardOutput).Talks;

        static string Key(Talk t) => $"{t.Title}|{t.Date}|{t.EndDate}|{ImportTestSites.Parts(t.Authors)}|{t.Kind}|{t.Venue}|{t.Location}|{t.Links.Page}|{t.Language}|{string.Join(",", t.Tags)}";
        Assert.Equal(ours.Select(Key).Order(StringComparer.Ordinal), pandocs.Select(Key).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Every corpus site through our csl exporter and back. Not compared, because CSL-JSON cannot
    /// carry them: the institution (written into event-place before the place, so the location
    /// comes back as "Institution, Place"), the slides, video, event and code links (one URL: the
    /// page, else the slides, video or event, read back as the page), tags containing a comma
    /// (keyword is one comma-separated string), the record's BibTeX, drafts and extra keys.
    /// </summary>
    [Fact]
    public void RoundTrip_EveryCorpusSite_WhatCslCarriesComesBack()
    {
        var problems = new List<string>();
        var count = 0;
        foreach (var dir in TestEnvironment.RequireCorpusSites())
        {
            var (talks, site) = ImportTestSites.Read(dir);
            var json = ExportRun.Text(new CslJsonExporter(), talks, site: site);
            var batch = ImportTestSites.Import(Importer, "site.csl.json", json);
            Assert.Equal(talks.Count, batch.Talks.Count);
            foreach (var (talk, read) in talks.Zip(batch.Talks))
            {
                var where = $"{Path.GetFileName(dir)}: {talk.Source.Path}";
                ImportTestSites.Same(problems, where, "title", talk.Title, read.Title);
                ImportTestSites.Same(problems, where, "date", talk.Date, read.Date);
                ImportTestSites.Same(problems, where, "end date", talk.EndDate == talk.Date ? null : talk.EndDate, read.EndDate);
                ImportTestSites.Same(problems, where, "authors", ImportTestSites.Parts(ImportTestSites.Speakers(talk, site)), ImportTestSites.Parts(read.Authors));
                ImportTestSites.Same(problems, where, "kind", talk.Kind, read.Kind);
                ImportTestSites.Same(problems, where, "venue", talk.Venue, read.Venue);
                ImportTestSites.Same(problems, where, "place", talk.Institution is null ? talk.Location : talk.Location is null ? talk.Institution : $"{talk.Institution}, {talk.Location}", read.Location);
                ImportTestSites.Same(problems, where, "url", talk.Links.Page ?? talk.Links.Slides ?? talk.Links.Video ?? talk.Links.Event, read.Links.Page);
                ImportTestSites.Same(problems, where, "abstract", talk.Abstract, read.Abstract);
                ImportTestSites.Same(problems, where, "language", talk.Language, read.Language);
                if (!talk.Tags.Any(t => t.Contains(',', StringComparison.Ordinal)))
                {
                    ImportTestSites.Same(problems, where, "tags", string.Join("|", talk.Tags), string.Join("|", read.Tags));
                }

                count++;
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{count} talks round-tripped");
        Assert.True(count > 100, $"only {count} talks");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)) + $"\n({problems.Count} problems)");
    }
}
