using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Exporters.CvData;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.CvData;

public sealed class JsonResumeExporterTests
{
    [Fact]
    public void Project_CoAuthoredKeynote_IsTalkWithEntityDatesAndAuthors()
    {
        using var doc = JsonDocument.Parse(ExportRun.Text(new JsonResumeExporter(), [SampleTalks.Keynote]));

        var project = doc.RootElement.GetProperty("projects")[0];
        Assert.Equal("Learning from few examples: a keynote", project.GetProperty("name").GetString());
        Assert.Equal("talk", project.GetProperty("type").GetString());
        Assert.Equal("[\"Speaker\"]", project.GetProperty("roles").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal("Scandinavian Conference on Machine Learning", project.GetProperty("entity").GetString());
        Assert.Equal("2019-06-03", project.GetProperty("startDate").GetString());
        Assert.Equal("2019-06-05", project.GetProperty("endDate").GetString());
        Assert.Equal("Keynote, Scandinavian Conference on Machine Learning, Malmö, Sweden, 3–5 Jun 2019", project.GetProperty("summary").GetString());
        Assert.Equal("Authors: Ada Lindqvist, Nordic AI Consortium", project.GetProperty("highlights")[0].GetString());
        Assert.Equal("https://scml.example.org/2019/", project.GetProperty("url").GetString());
    }

    [Fact]
    public void Project_OwnersOwnTalk_NamesNoAuthor()
    {
        using var doc = JsonDocument.Parse(ExportRun.Text(new JsonResumeExporter(), [SampleTalks.MonthOnly]));

        var project = doc.RootElement.GetProperty("projects")[0];
        Assert.False(project.TryGetProperty("highlights", out _));
        Assert.Equal("2018-03", project.GetProperty("startDate").GetString());
    }

    [Fact]
    public void Presentation_HasAcademicPagesFields()
    {
        using var doc = JsonDocument.Parse(ExportRun.Text(new JsonResumeExporter(), [SampleTalks.Seminar], ExporterSettings.Empty.With("section", "presentations")));

        var item = doc.RootElement.GetProperty("presentations")[0];
        Assert.Equal(
            ["name", "event", "date", "description", "url"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Our world is full of uncertainties.", item.GetProperty("description").GetString());
    }

    [Fact]
    public void Empty_IsEmptyProjects() =>
        Assert.Equal("{\n  \"projects\": []\n}\n", ExportRun.Text(new JsonResumeExporter(), []));

    [Fact]
    public void SampleSiteHandBuiltAndHostileRecords_ValidateAgainstJsonResumeSchema()
    {
        var result = new TalkReader().Read([TestEnvironment.SamplesPath], TestContext.Current.CancellationToken);
        var samples = result.Talks.Order(TalkOrder.NewestFirst).ToArray();
        Assert.True(samples.Length >= 10, $"only {samples.Length} sample talks");
        using var dir = new TempDirectory();
        var (hostile, hostileSite) = HostileRecords.Read(dir);
        var cases = new List<JsonResumeOracle.Case>();
        foreach (var section in new[] { "projects", "presentations" })
        {
            cases.Add(Case(dir, "samples-" + section, samples, result.Site, section));
            cases.Add(Case(dir, "hand-built-" + section, SampleTalks.All, SampleTalks.Site, section));
            cases.Add(Case(dir, "fuzz-cases-" + section, hostile, hostileSite, section));
        }

        Assert.Empty(JsonResumeOracle.Check(cases));
    }

    [Fact]
    public void EveryCorpusSite_ValidatesAgainstJsonResumeSchema()
    {
        using var dir = new TempDirectory();
        var cases = new List<JsonResumeOracle.Case>();
        foreach (var site in TestEnvironment.RequireCorpusSites())
        {
            var result = new TalkReader().Read([site], TestContext.Current.CancellationToken);
            var talks = result.Talks.Order(TalkOrder.NewestFirst).ToArray();
            cases.Add(Case(dir, Path.GetFileName(site), talks, result.Site, "projects"));
            cases.Add(Case(dir, Path.GetFileName(site) + "-presentations", talks, result.Site, "presentations"));
        }

        var failures = JsonResumeOracle.Check(cases);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.True(cases.Sum(c => c.Talks.Count) > 200, "too few talks read from the corpus");
    }

    private static JsonResumeOracle.Case Case(TempDirectory dir, string name, IReadOnlyList<Talk> talks, SiteInfo site, string section)
    {
        var path = dir.Combine(name + ".json");
        File.WriteAllBytes(path, ExportRun.Run(new JsonResumeExporter(), talks, ExporterSettings.Empty.With("section", section), site).Bytes);
        return new JsonResumeOracle.Case(name, path, section,
            [.. talks.Select(t => new ExpectedTalk(t.Title, t.Venue, t.Date?.ToString(), CvDateText.Of(t.Date, t.EndDate)))]);
    }
}
