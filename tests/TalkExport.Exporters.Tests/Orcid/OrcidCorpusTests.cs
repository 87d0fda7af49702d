using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Exporters.Orcid;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Orcid;

/// <summary>Real records (the shared corpus) through the reader and the ORCID exporters, checked by the XSDs and ORCID's rules.</summary>
public sealed class OrcidCorpusTests
{
    [Fact]
    public void Export_SeedRecord_GivesTheExpectedWork()
    {
        var record = TestEnvironment.RequireSeedRecord();
        var (talks, site) = Read(record);

        var json = Export(new OrcidExporter(), talks, site).Text;

        using var doc = JsonDocument.Parse(json);
        var work = doc.RootElement;
        Assert.Equal("Uncertainty in deep learning", work.GetProperty("title").GetProperty("title").GetProperty("value").GetString());
        var date = work.GetProperty("publication-date");
        Assert.Equal(["2020", "11", "05"], new[] { "year", "month", "day" }.Select(p => date.GetProperty(p).GetProperty("value").GetString()));
        Assert.Equal("Learning Machines Seminars at RISE Research Institutes of Sweden", work.GetProperty("journal-title").GetProperty("value").GetString());
        Assert.Equal("bibtex", work.GetProperty("citation").GetProperty("citation-type").GetString());
        Assert.StartsWith("@misc{", work.GetProperty("citation").GetProperty("citation-value").GetString(), StringComparison.Ordinal);
        Assert.Equal("public-speech", work.GetProperty("type").GetString());
        OrcidExporterTests.AssertValid(json);
    }

    [Fact]
    public void Export_SeedSite_IsOneValidBulkOf30WorksWithDistinctSelfIds()
    {
        var (talks, site) = Read(TestEnvironment.RequireSeedSite());
        var diagnostics = new List<Diagnostic>();

        var json = Export(new OrcidExporter(), talks, site, diagnostics.Add).Text;
        var xml = Export(new OrcidXmlExporter(), talks, site).Text;

        foreach (var d in diagnostics)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(d.ToString());
        }

        using var doc = JsonDocument.Parse(json);
        var works = doc.RootElement.GetProperty("bulk").EnumerateArray().Select(w => w.GetProperty("work")).ToArray();
        Assert.Equal(30, works.Length);
        var selfIds = works.Select(w => w.GetProperty("external-ids").GetProperty("external-id").EnumerateArray()
            .Single(i => i.GetProperty("external-id-relationship").GetString() == "self").GetProperty("external-id-value").GetString()).ToArray();
        Assert.Equal(30, selfIds.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(works, w => Assert.Equal("bibtex", w.GetProperty("citation").GetProperty("citation-type").GetString()));
        OrcidExporterTests.AssertValid(json);
        Assert.Empty(OrcidSchemas.Validate(xml));
    }

    [Fact]
    public void Export_EveryCorpusSite_StaysValid()
    {
        var problems = new List<string>();
        var sites = TestEnvironment.RequireCorpusSites();
        var works = 0;
        foreach (var dir in sites)
        {
            var (talks, site) = Read(dir);
            var target = Export(new OrcidExporter(), talks, site, supportsParts: true);
            var documents = target.OpenCount == 1 ? [target.Text] : target.Parts.Values.ToArray();
            foreach (var json in documents)
            {
                problems.AddRange(OrcidSchemas.Validate(OrcidJsonToXml.Convert(json)).Concat(OrcidRules.Check(json)).Select(p => $"{Path.GetFileName(dir)}: {p}"));
            }

            works += talks.Count;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{sites.Count} sites, {works} works");
        Assert.Empty(problems);
        Assert.True(works > 100, $"only {works} talks read from the corpus");
    }

    private static (IReadOnlyList<Talk> Talks, SiteInfo Site) Read(string path)
    {
        var result = new TalkReader().Read([path], TestContext.Current.CancellationToken);
        var sorted = result.Talks.Order(TalkOrder.NewestFirst).ToArray();
        return (CitationKeys.Assign(sorted, new CitationKeyOptions { Owner = result.Site.Owner }), result.Site);
    }

    private static MemoryOutputTarget Export(ITalkExporter exporter, IReadOnlyList<Talk> talks, SiteInfo site, Action<Diagnostic>? report = null, bool supportsParts = false)
    {
        var target = new MemoryOutputTarget(supportsParts);
        exporter.Export(talks, new ExportContext { Site = site, Report = report ?? (_ => { }) }, target);
        return target;
    }
}
