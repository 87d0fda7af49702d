using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Exporters.CvData;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.CvData;

public sealed class RenderCvExporterTests
{
    [Fact]
    public void Bullet_OwnersOwnSeminar_NamesNoAuthorNorKindTheEventSaysAndShowsDateAndLinks()
    {
        var yaml = ExportRun.Text(new RenderCvExporter(), [SampleTalks.Seminar]);

        Assert.Equal(
            "cv:\n  sections:\n    Talks:\n      - bullet: \"**Uncertainty in deep learning**, Learning Machines Seminars at Nordic Institute of Testing, 5 Nov 2020. "
            + "[Slides](https://ada.example.org/talks/slides/uncertainty.pdf), [Video](https://www.youtube.com/watch?v=abc123), [Event](https://nit.example.org/seminars/)\"\n",
            yaml);
    }

    [Fact]
    public void Normal_CoAuthoredMultiDayTalk_HasStartAndEndDatesAndAllAuthors()
    {
        var yaml = ExportRun.Text(new RenderCvExporter(), [SampleTalks.Keynote], Settings("entry-type", "normal"));

        Assert.Equal(
            """
            cv:
              sections:
                Talks:
                  - name: "Learning from few examples: a keynote"
                    start_date: "2019-06-03"
                    end_date: "2019-06-05"
                    location: Malmö, Sweden
                    summary: Keynote, Scandinavian Conference on Machine Learning
                    highlights:
                      - "Authors: Ada Lindqvist and Nordic AI Consortium"
                      - "[Event](https://scml.example.org/2019/)"

            """,
            yaml);
    }

    [Fact]
    public void GroupByKind_SectionsInCvOrderWithConfiguredTitles()
    {
        var yaml = ExportRun.Text(new RenderCvExporter(), SampleTalks.Printable,
            Settings("group-by", "kind").With("kind-title", "poster=Posters and demos", "seminar=Invited and seminar talks"));

        var titles = yaml.Split('\n').Where(l => l.StartsWith("    ", StringComparison.Ordinal) && !l.StartsWith("     ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["    Keynotes:", "    Invited and seminar talks:", "    Posters and demos:"], titles);
    }

    [Fact]
    public void KindTitle_NotKindEqualsTitle_IsUsageError()
    {
        var e = Assert.Throws<TalkExportException>(() => ExportRun.Text(new RenderCvExporter(), [], Settings("kind-title", "nonsense")));
        Assert.Equal(FailureKind.Usage, e.Kind);
    }

    [Fact]
    public void Empty_IsValidEmptySection() =>
        Assert.Equal("cv:\n  sections:\n    Talks: []\n", ExportRun.Text(new RenderCvExporter(), []));

    [Theory]
    [InlineData("bullet", "none")]
    [InlineData("one-line", "none")]
    [InlineData("normal", "none")]
    [InlineData("bullet", "kind")]
    [InlineData("normal", "kind")]
    public void ExampleCv_WithSampleSiteTalks_ValidatesAndShowsEveryTalk(string entryType, string groupBy)
    {
        var result = new TalkReader().Read([TestEnvironment.SamplesPath], TestContext.Current.CancellationToken);
        var talks = result.Talks.Order(TalkOrder.NewestFirst).ToArray();
        Assert.True(talks.Length >= 10, $"only {talks.Length} sample talks");
        AssertValidCv(talks, result.Site, entryType, groupBy);
    }

    [Fact]
    public void ExampleCv_WithHandBuiltAndHostileTalks_Validates()
    {
        using var dir = new TempDirectory();
        var (hostile, site) = HostileRecords.Read(dir);
        foreach (var type in new[] { "bullet", "one-line", "normal" })
        {
            AssertValidCv(SampleTalks.All, SampleTalks.Site, type, "none");
            AssertValidCv(hostile, site, type, "none");
        }
    }

    [Fact]
    public void ExampleCv_WithEveryCorpusSite_Validates()
    {
        // One CV with a section per site (titled by the site), so node and python run once.
        var sections = new List<string>();
        var titles = new List<string>();
        var expected = new List<ExpectedTalk>();
        foreach (var site in TestEnvironment.RequireCorpusSites())
        {
            var result = new TalkReader().Read([site], TestContext.Current.CancellationToken);
            var talks = result.Talks.Order(TalkOrder.NewestFirst).ToArray();
            var title = "Talks " + Path.GetFileName(site);
            var yaml = ExportRun.Text(new RenderCvExporter(), talks, Settings("entry-type", "normal").With("title", title), result.Site);
            sections.Add(yaml["cv:\n  sections:\n".Length..]);
            titles.Add(title);
            expected.AddRange(Expected(talks));
        }

        using var dir = new TempDirectory();
        var path = dir.Combine("cv.yaml");
        File.WriteAllText(path, RenderCvOracle.Splice("cv:\n  sections:\n" + string.Concat(sections)));
        Assert.Empty(RenderCvOracle.Check(path, "normal", titles, expected));
        Assert.True(expected.Count > 100, $"only {expected.Count} talks read from the corpus");
    }

    private static void AssertValidCv(IReadOnlyList<Talk> talks, SiteInfo site, string entryType, string groupBy)
    {
        var exporter = new RenderCvExporter();
        var settings = Settings("entry-type", entryType).With("group-by", groupBy);
        var yaml = ExportRun.Text(exporter, talks, settings, site);
        var options = RenderCvOptions.From(settings);
        var cvTalks = talks.Select(t => CvTalkMapping.Map(t, site)).ToArray();
        var sections = RenderCvSection.Build(cvTalks, options);
        // The oracle reads the entries section by section: expect the talks in that order.
        var order = sections.SelectMany(s => s.Talks).Select(t => Array.IndexOf(cvTalks, t)).Select(i => talks[i]).ToArray();

        using var dir = new TempDirectory();
        var path = dir.Combine("cv.yaml");
        File.WriteAllText(path, RenderCvOracle.Splice(yaml));
        Assert.Empty(RenderCvOracle.Check(path, entryType, [.. sections.Select(s => s.Title)], Expected(order)));
    }

    private static ExpectedTalk[] Expected(IReadOnlyList<Talk> talks) =>
        [.. talks.Select(t => new ExpectedTalk(t.Title, t.Venue, t.Date?.ToString(), CvDateText.Of(t.Date, t.EndDate)))];

    private static ExporterSettings Settings(string name, params string[] values) => ExporterSettings.Empty.With(name, values);
}
