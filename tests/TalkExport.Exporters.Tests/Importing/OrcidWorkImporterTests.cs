using System.Text;
using System.Text.Json.Nodes;
using TalkExport.Core.Exporting;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Exporters.Orcid;
using TalkExport.Exporters.Orcid.Importing;
using TalkExport.Exporters.Orcid.Mapping;
using TalkExport.Exporters.Tests.Orcid;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Importing;

public sealed class OrcidWorkImporterTests
{
    private static readonly OrcidWorkImporter Importer = new();

    [Theory]
    [InlineData("work.json", "{\n  \"title\": {\n    \"title\": {\"value\": \"A\"}}, \"type\": \"public-speech\"}", true)]
    [InlineData("bulk.json", "{\"bulk\": []}", true)]
    [InlineData("works.json", "{\"last-modified-date\": null, \"group\": [], \"path\": \"/0000-0002-1825-0097/works\"}", true)]
    [InlineData("works.json", "{\"group\": [{\"work-summary\": []}]}", true)]
    [InlineData("out.orcid.json", "{}", true)]
    [InlineData("work.xml", "<?xml version=\"1.0\"?>\n<work:work xmlns:work=\"http://www.orcid.org/ns/work\">", true)]
    [InlineData("talks.json", "[{\"id\": \"a\", \"type\": \"speech\", \"title\": {\"title\": 1}}]", false)]
    [InlineData("talks.csl.json", "[]", false)]
    [InlineData("other.json", "{\"title\": \"A\", \"type\": \"x\"}", false)]
    [InlineData("other.xml", "<rss version=\"2.0\">", false)]
    public void Recognises_OrcidDocumentsNeverCslArrays(string path, string head, bool expected) =>
        Assert.Equal(expected, Importer.Recognises(path, head));

    [Fact]
    public void Samples_OrcidsOwnJsonWorks_AreJournalArticlesCountedNotTalks()
    {
        foreach (var (file, works) in new[] { ("write_samples/work-full-3.0.json", 1), ("write_samples/bulk-works-3-works-3.0.json", 3), ("write_samples/bulk-works-100-works-3.0.json", 100), ("write_samples/bulk-work-3.0.json", 2), ("write_samples/work-51-contributors-3.0.json", 1) })
        {
            var batch = ImportTestSites.Import(Importer, file, File.ReadAllText(Path.Combine(Samples(), file)));
            Assert.Empty(batch.Talks);
            Assert.Equal(works, batch.NotTalks);
        }
    }

    [Fact]
    public void Samples_OrcidsOwnXmlWorks_AreNotTalksAndTheBulkErrorIsReported()
    {
        foreach (var file in new[] { "read_samples/work-full-3.0.xml", "read_samples/work-3.0.xml", "write_samples/work-full-3.0.xml", "write_samples/work-simple-3.0.xml" })
        {
            var batch = ImportTestSites.Import(Importer, file, File.ReadAllText(Path.Combine(Samples(), file)));
            Assert.Equal((0, 1), (batch.Talks.Count, batch.NotTalks));
        }

        var text = File.ReadAllText(Path.Combine(Samples(), "read_samples/bulk-work-err.xml"));
        var bulk = Importer.Read(new ImportSource("bulk-work-err.xml", text), TestContext.Current.CancellationToken);
        Assert.Equal(1, bulk.NotTalks);
        var error = Assert.Single(bulk.Diagnostics);
        Assert.Equal(LineOf(text, "<error:error>"), error.Line);
        Assert.Equal("ORCID answered this entry with error 9037: Please specify a work type.; it holds no work.", error.Message);
    }

    /// <summary>ORCID's full JSON sample, made a conference presentation: every field it has, as the sample says it.</summary>
    [Fact]
    public void Samples_FullJsonWorkAsPresentation_ReadAsTheSampleSays()
    {
        var work = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples(), "write_samples/work-full-3.0.json")))!;
        work["type"] = "conference-presentation";

        var batch = ImportTestSites.Import(Importer, "work.json", work.ToJsonString(new() { WriteIndented = true }));

        var talk = Assert.Single(batch.Talks);
        Assert.Equal("Work Title: Work subtitle", talk.Title);
        Assert.Equal(new TalkDate(2022, 5, 24), talk.Date);
        Assert.Equal(["Jordan", "Fran"], talk.Authors.Select(a => a.Name));
        Assert.Equal(("Journal title", TalkKind.Contributed, "en"), (talk.Venue, talk.Kind, talk.Language));
        Assert.Equal("This is a short description of the work.", talk.Abstract);
        Assert.Equal(new TalkLinks { Page = "https://example.com" }, talk.Links);
        Assert.StartsWith("@article {ORCID2012,", talk.BibTeX, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("work.json", 1), talk.Source);
        // The translated title and the country (CA) have no field: one warning each.
        Assert.Equal(2, batch.Diagnostics.Count(d => d.Code == ImportDiagnosticCodes.FieldLost));
    }

    [Fact]
    public void Samples_FullXmlWorkAndFiftyOneContributorsAsTalks_ReadAsTheSamplesSay()
    {
        var xml = File.ReadAllText(Path.Combine(Samples(), "read_samples/work-full-3.0.xml")).Replace("artistic-performance", "lecture-speech", StringComparison.Ordinal);
        var talk = Assert.Single(ImportTestSites.Import(Importer, "work.xml", xml).Talks);
        Assert.Equal(("common:title: common:subtitle", new TalkDate(1948, 2, 2), "common:journal-title", TalkKind.Lecture), (talk.Title, talk.Date!.Value, talk.Venue, talk.Kind));
        Assert.Equal(["work:credit-name"], talk.Authors.Select(a => a.Name));
        Assert.Equal(("work:short-description", "http://tempuri.org", "en"), (talk.Abstract, talk.Links.Page, talk.Language));
        Assert.Null(talk.BibTeX);
        Assert.Equal(new SourceLocation("work.xml", 2), talk.Source);

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples(), "write_samples/work-51-contributors-3.0.json")))!;
        json["type"] = "public-speech";
        var many = Assert.Single(ImportTestSites.Import(Importer, "work.json", json.ToJsonString()).Talks);
        // 51 contributors, of whom one is an editor and one a chair or translator: the other 49 are the speakers.
        Assert.Equal(49, many.Authors.Count);
        Assert.Equal(("Jordan", "Fran"), (many.Authors[0].Name, many.Authors[1].Name));
    }

    [Fact]
    public void Summary_Json_OneWorkPerGroupAndOneWarningThatContributorsAreMissing()
    {
        const string Json = """
            {
              "last-modified-date": {"value": 1700000000000},
              "group": [
                {"external-ids": {"external-id": []},
                 "work-summary": [
                   {"put-code": 1, "title": {"title": {"value": "Uncertainty in deep learning"}}, "type": "public-speech",
                    "publication-date": {"year": {"value": "2020"}, "month": {"value": "11"}, "day": null},
                    "url": {"value": "https://example.org/talks/1"}, "journal-title": {"value": "RISE seminars"}},
                   {"put-code": 2, "title": {"title": {"value": "Uncertainty in deep learning (from another source)"}}, "type": "public-speech"}]},
                {"work-summary": [{"put-code": 3, "title": {"title": {"value": "A paper"}}, "type": "journal-article"}]}
              ],
              "path": "/0000-0002-1825-0097/works"
            }
            """;

        var batch = ImportTestSites.Import(Importer, "works.json", Json);

        var talk = Assert.Single(batch.Talks);
        Assert.Equal(("Uncertainty in deep learning", new TalkDate(2020, 11), "RISE seminars", "https://example.org/talks/1"), (talk.Title, talk.Date!.Value, talk.Venue, talk.Links.Page));
        Assert.Empty(talk.Authors);
        Assert.Equal(6, talk.Source.Line);
        Assert.Equal(1, batch.NotTalks);
        var warning = Assert.Single(batch.Diagnostics);
        Assert.Equal(ImportDiagnosticCodes.FieldLost, warning.Code);
        Assert.Contains("names no contributors", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_Xml_OneWorkPerGroup()
    {
        const string Xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <activities:works xmlns:activities="http://www.orcid.org/ns/activities" xmlns:common="http://www.orcid.org/ns/common" xmlns:work="http://www.orcid.org/ns/work">
              <activities:group>
                <common:external-ids/>
                <work:work-summary put-code="3356">
                  <work:title><common:title>Poster one</common:title></work:title>
                  <work:type>conference-poster</work:type>
                  <common:publication-date><common:year>2017</common:year><common:month>03</common:month><common:day>03</common:day></common:publication-date>
                </work:work-summary>
                <work:work-summary put-code="3357">
                  <work:title><common:title>Poster one again</common:title></work:title>
                  <work:type>conference-poster</work:type>
                </work:work-summary>
              </activities:group>
              <activities:group>
                <work:work-summary put-code="3358"><work:title><common:title>Work # 2</common:title></work:title><work:type>journal-article</work:type></work:work-summary>
              </activities:group>
            </activities:works>
            """;

        var batch = ImportTestSites.Import(Importer, "works.xml", Xml);

        var talk = Assert.Single(batch.Talks);
        Assert.Equal(("Poster one", new TalkDate(2017, 3, 3), TalkKind.Poster, 5), (talk.Title, talk.Date!.Value, talk.Kind, talk.Source.Line));
        Assert.Equal(1, batch.NotTalks);
        Assert.Single(batch.Diagnostics, d => d.Code == ImportDiagnosticCodes.FieldLost);
    }

    [Fact]
    public void Types_EachTalkTypeHasItsKindRefinedWithinTheType()
    {
        Assert.Equal(TalkKind.Invited, OrcidTalkMapping.KindOf("public-speech", "Invited talk on X", null));
        Assert.Equal(TalkKind.Talk, OrcidTalkMapping.KindOf("public-speech", "Tutorial on X", null));
        Assert.Equal(TalkKind.Tutorial, OrcidTalkMapping.KindOf("lecture-speech", "Tutorial on X", null));
        Assert.Equal(TalkKind.Lecture, OrcidTalkMapping.KindOf("lecture-speech", "Invited talk on X", "A seminar"));
        Assert.Equal(TalkKind.Contributed, OrcidTalkMapping.KindOf("conference-presentation", "Keynote", null));
        Assert.Equal(TalkKind.Poster, OrcidTalkMapping.KindOf("conference-poster", "Invited", null));
        foreach (var kind in TalkKinds.All)
        {
            var type = OrcidWorkTypes.For(kind, legacy: false);
            Assert.Equal(type, OrcidWorkTypes.For(OrcidTalkMapping.KindOf(type, kind.Label(), null), legacy: false));
        }
    }

    [Fact]
    public void Hostile_JsonNestedTenThousandDeep_Refused()
    {
        var json = "{\"title\": {\"title\": {\"value\": \"x\"}},\n \"type\": " + new string('[', 10_000) + new string(']', 10_000) + "}";

        var error = Assert.Single(Importer.Read(new ImportSource("deep.json", json), TestContext.Current.CancellationToken).Diagnostics);

        Assert.Equal((ImportDiagnosticCodes.SourceRefused, 2), (error.Code, error.Line));
        Assert.Contains("nests deeper than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_XmlNestedTenThousandDeep_Refused()
    {
        var xml = "<?xml version=\"1.0\"?>\n<work:work xmlns:work=\"http://www.orcid.org/ns/work\">\n" + string.Concat(Enumerable.Repeat("<a>", 10_000)) + string.Concat(Enumerable.Repeat("</a>", 10_000)) + "</work:work>";

        var batch = Importer.Read(new ImportSource("deep.xml", xml), TestContext.Current.CancellationToken);

        ImportTestSites.SingleDiagnostic(batch, ImportDiagnosticCodes.SourceRefused, 3);
        Assert.Empty(batch.Talks);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE work [<!ENTITY t \"Title\">]>\n<work:work xmlns:work=\"http://www.orcid.org/ns/work\"><work:title>&t;</work:title></work:work>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n <!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n]>\n<lolz xmlns=\"http://www.orcid.org/ns/work\">&lol9;</lolz>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE work SYSTEM \"http://example.org/evil.dtd\">\n<work:work xmlns:work=\"http://www.orcid.org/ns/work\"/>")]
    public void Hostile_XmlWithDtdOrEntities_RefusedWithAPlainMessage(string xml)
    {
        var batch = Importer.Read(new ImportSource("evil.xml", xml), TestContext.Current.CancellationToken);

        Assert.Empty(batch.Talks);
        var error = ImportTestSites.SingleDiagnostic(batch, ImportDiagnosticCodes.SourceRefused, 2);
        Assert.StartsWith("the XML has a DTD", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DtdProcessing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_MalformedXml_OneErrorAtItsLine()
    {
        var batch = Importer.Read(new ImportSource("bad.xml", "<?xml version=\"1.0\"?>\n<work:work xmlns:work=\"http://www.orcid.org/ns/work\">\n  <work:title>x</work:tilte>\n</work:work>"), TestContext.Current.CancellationToken);

        var error = ImportTestSites.SingleDiagnostic(batch, ImportDiagnosticCodes.UnreadableEntry, 3);
        Assert.StartsWith("this is not well-formed XML: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_WorksWithoutTitleOrWithABadDate_ErrorsAtTheirLinesOthersRead()
    {
        const string Json = "{\"bulk\": [\n  {\"work\": {\"title\": {\"title\": {\"value\": \"Fine\"}}, \"type\": \"public-speech\"}},\n  {\"work\": {\"title\": null, \"type\": \"public-speech\"}},\n  {\"work\": {\"title\": {\"title\": {\"value\": \"Bad date\"}}, \"type\": \"lecture-speech\",\n    \"publication-date\": {\"year\": {\"value\": \"2021\"}, \"month\": {\"value\": \"02\"}, \"day\": {\"value\": \"30\"}}}},\n  {\"error\": {\"response-code\": 404, \"developer-message\": \"No entity found\", \"error-code\": 9016}}\n]}";

        var batch = Importer.Read(new ImportSource("bulk.json", Json), TestContext.Current.CancellationToken);

        Assert.Equal("Fine", Assert.Single(batch.Talks).Title);
        Assert.Equal([3, 4, 6], batch.Diagnostics.Select(d => d.Line));
        Assert.Contains("has no title", batch.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("(2021-02-30)", batch.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("error 9016: No entity found", batch.Diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_MalformedJson_OneErrorNoTalks()
    {
        var batch = Importer.Read(new ImportSource("bad.json", "{\"bulk\": [\n  {\"work\": {\"title\": {\"title\": {\"value\": \"Fine\"}}, \"type\": \"public-speech\"}},\n  {\"work\": {\"title\" }\n]}"), TestContext.Current.CancellationToken);

        Assert.Empty(batch.Talks);
        Assert.Equal((ImportDiagnosticCodes.UnreadableEntry, 3), (Assert.Single(batch.Diagnostics).Code, batch.Diagnostics[0].Line));
    }

    [Fact]
    public void Hostile_TenThousandWorksInOneBulk_AllReadWithTheirLines()
    {
        var json = new StringBuilder("{\"bulk\": [\n");
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<bulk:bulk xmlns:bulk=\"http://www.orcid.org/ns/bulk\" xmlns:work=\"http://www.orcid.org/ns/work\" xmlns:common=\"http://www.orcid.org/ns/common\">\n");
        for (var i = 0; i < 10_000; i++)
        {
            json.Append(i == 0 ? "" : ",\n").Append("{\"work\": {\"title\": {\"title\": {\"value\": \"Talk ").Append(i).Append("\"}}, \"type\": \"public-speech\"}}");
            xml.Append("<work:work><work:title><common:title>Talk ").Append(i).Append("</common:title></work:title><work:type>conference-poster</work:type></work:work>\n");
        }

        json.Append("\n]}");
        xml.Append("</bulk:bulk>");
        foreach (var (path, text, firstLine) in new[] { ("big.json", json.ToString(), 2), ("big.xml", xml.ToString(), 3) })
        {
            var batch = ImportTestSites.Import(Importer, path, text);
            Assert.Equal(10_000, batch.Talks.Count);
            Assert.Equal(("Talk 9999", firstLine + 9999), (batch.Talks[^1].Title, batch.Talks[^1].Source.Line));
        }
    }

    /// <summary>
    /// Every corpus site through our orcid (JSON) and orcid-xml exporters and back. Not compared,
    /// because a work cannot carry them: the end date, the place and institution (ORCID's country
    /// is not written), tags, the slides, video and code links (the one url is the page, else the
    /// slides or video, read back as the page), and the kind beyond its type: public-speech holds
    /// talk, invited, keynote, seminar and panel, lecture-speech lecture and tutorial, so the kind
    /// is compared as the type it exports to. Cut or dropped values (title over 1,000 characters,
    /// years outside 1900-2100, relative links) follow the exporter's own rules.
    /// </summary>
    [Theory]
    [InlineData("orcid")]
    [InlineData("orcid-xml")]
    public void RoundTrip_EveryCorpusSite_WhatAWorkCarriesComesBack(string exporterId)
    {
        ITalkImporter importer = Importer;
        var problems = new List<string>();
        var count = 0;
        foreach (var dir in TestEnvironment.RequireCorpusSites())
        {
            var (talks, site) = ImportTestSites.Read(dir);
            if (talks.Count == 0)
            {
                continue;
            }

            var target = new MemoryOutputTarget(supportsParts: true);
            ITalkExporter exporter = exporterId == "orcid" ? new OrcidExporter() : new OrcidXmlExporter();
            exporter.Export(talks, new ExportContext { Site = site, Report = _ => { } }, target);
            var documents = target.OpenCount == 1 ? [target.Text] : target.Parts.Values.ToArray();
            var read = documents.SelectMany(d => ImportTestSites.Import(importer, exporterId == "orcid" ? "site.orcid.json" : "site.orcid.xml", d).Talks).ToList();
            Assert.Equal(talks.Count, read.Count);
            foreach (var (talk, back) in talks.Zip(read))
            {
                var where = $"{Path.GetFileName(dir)}: {talk.Source.Path}";
                ImportTestSites.Same(problems, where, "title", talk.Title, back.Title);
                ImportTestSites.Same(problems, where, "date", talk.Date is { Year: >= 1900 and <= 2100 } ? talk.Date : null, back.Date);
                ImportTestSites.Same(problems, where, "authors", string.Join("; ", ImportTestSites.Speakers(talk, site).Select(p => p.Name)), string.Join("; ", back.Authors.Select(p => p.Name)));
                ImportTestSites.Same(problems, where, "type", OrcidWorkTypes.For(talk.Kind, false), OrcidWorkTypes.For(back.Kind, false));
                ImportTestSites.Same(problems, where, "venue", talk.Venue, back.Venue);
                var eventUrl = OrcidUrls.Normalize(talk.Links.Event);
                var url = new[] { talk.Links.Page, talk.Links.Slides, talk.Links.Video, talk.Links.Event }.Select(OrcidUrls.Normalize).FirstOrDefault(u => u is not null && u.Length <= OrcidLimits.Url);
                ImportTestSites.Same(problems, where, "event link", eventUrl, back.Links.Event);
                ImportTestSites.Same(problems, where, "page", url == eventUrl ? null : url, back.Links.Page);
                ImportTestSites.Same(problems, where, "abstract", talk.Abstract, back.Abstract);
                ImportTestSites.Same(problems, where, "language", OrcidLanguageCodes.Map(talk.Language), OrcidLanguageCodes.Map(back.Language));
                if (back.BibTeX is null || !back.BibTeX.StartsWith("@misc{", StringComparison.Ordinal))
                {
                    problems.Add($"{where}: the citation is not the talk's BibTeX: {back.BibTeX}");
                }

                count++;
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{count} works round-tripped");
        Assert.True(count > 100, $"only {count} talks");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(50)) + $"\n({problems.Count} problems)");
    }

    private static string Samples()
    {
        var path = Path.GetFullPath(Path.Combine(TestEnvironment.RepositoryRoot, "..", "shared", "reference", "orcid", "orcid-model", "src", "main", "resources", "record_3.0", "samples"));
        return Directory.Exists(path) ? path : TestEnvironment.SkipOrFail<string>($"ORCID's samples are not at '{path}'.");
    }

    private static int LineOf(string text, string needle) => text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
