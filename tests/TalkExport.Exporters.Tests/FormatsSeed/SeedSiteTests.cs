using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Core.Reading;
using TalkExport.Exporters.Csl;
using TalkExport.Exporters.Csv;
using TalkExport.Exporters.Json;
using TalkExport.Exporters.Template;
using TalkExport.Exporters.Tests.Csv;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.FormatsSeed;

/// <summary>The done-means of issues 2, 4 and 10 on the real seed site (read from the corpus, never copied).</summary>
public sealed class SeedSiteTests
{
    private const string SeedVenue = "Learning Machines Seminars at RISE Research Institutes of Sweden";

    [Fact]
    public void Json_SeedRecord_HasIssueTwoValues()
    {
        var (talks, site) = Read(TestEnvironment.RequireSeedRecord());

        using var doc = JsonDocument.Parse(ExportRun.Text(new JsonExporter(), talks, site: site));

        var talk = Assert.Single(doc.RootElement.EnumerateArray().ToArray());
        Assert.Equal("Uncertainty in deep learning", talk.GetProperty("title").GetString());
        Assert.Equal("2020-11-05", talk.GetProperty("date").GetString());
        Assert.Equal("Olof", talk.GetProperty("authors")[0].GetProperty("given").GetString());
        Assert.Equal("Mogren", talk.GetProperty("authors")[0].GetProperty("family").GetString());
        Assert.Equal(SeedVenue, talk.GetProperty("venue").GetString());
        Assert.Equal("seminar", talk.GetProperty("kind").GetString());
        var links = talk.GetProperty("links");
        Assert.Equal("https://olofmogren.github.io/talks/slides/mogren-2020-11-05-uncertainty-in-deep-learning.pdf", links.GetProperty("slides").GetString());
        Assert.Equal("https://olofmogren.github.io/talks/2020/uncertainty-in-deep-learning/", links.GetProperty("page").GetString());
        Assert.Contains("youtu", links.GetProperty("video").GetString(), StringComparison.Ordinal);
        var abstractText = talk.GetProperty("abstract").GetString()!;
        Assert.StartsWith("Our world is full of uncertainties", abstractText, StringComparison.Ordinal);
        Assert.Contains("\n\n", abstractText, StringComparison.Ordinal);
        Assert.DoesNotContain('<', abstractText);
        Assert.DoesNotContain("&amp;", abstractText, StringComparison.Ordinal);
        Assert.Matches("^[a-z][a-z0-9_:.-]*$", talk.GetProperty("key").GetString()!);
    }

    [Fact]
    public void Csv_SeedSite_HeaderAnd30RowsNewestFirstReadBackByPython()
    {
        var (talks, site) = Read(TestEnvironment.RequireSeedSite());
        using var dir = new TempDirectory();
        var path = dir.Combine("talks.csv");
        File.WriteAllBytes(path, ExportRun.Run(new CsvExporter(), talks, site: site).Bytes);

        var rows = PythonCsv.Read(path);

        Assert.Equal(31, rows.Count);
        Assert.Equal(CsvColumns.Default, rows[0]);
        var dates = rows.Skip(1).Select(r => r[1]).ToArray();
        Assert.Equal(dates.Order(StringComparer.Ordinal).Reverse(), dates);
        var seed = Assert.Single(rows, r => r[4] == "Uncertainty in deep learning");
        Assert.Equal("2020-11-05", seed[1]);
        Assert.Equal("Olof Mogren", seed[5]);
        Assert.DoesNotContain('<', seed[14]);
        Assert.StartsWith("Our world is full of uncertainties", seed[14], StringComparison.Ordinal);
    }

    [Fact]
    public void Template_IssueExampleOnSeedSite_OneLinePerTalk()
    {
        var (talks, site) = Read(TestEnvironment.RequireSeedSite());
        const string Template = "{% for talk in talks %}{{ talk.date }} | {{ talk.title | upcase }} | {{ talk.venue }}{% if talk.links.slides %} | slides{% endif %}\n{% endfor %}";

        var lines = TemplateExporter.Render(Template, "issue10.liquid", talks, site).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(30, lines.Length);
        Assert.Contains($"2020-11-05 | UNCERTAINTY IN DEEP LEARNING | {SeedVenue} | slides", lines);
    }

    [Fact]
    public void Csl_SeedSite_PandocRendersEventNamesInDefaultAndApa()
    {
        var pandoc = ExternalTool.Require("pandoc");
        const string Apa = "/usr/share/texlive/texmf-dist/tex/latex/citation-style-language/styles/apa.csl";
        if (!File.Exists(Apa))
        {
            TestEnvironment.SkipOrFail<string>($"The APA style is not at {Apa} (.ci/run installs texlive-bibtex-extra).");
        }

        var (talks, site) = Read(TestEnvironment.RequireSeedSite());
        using var dir = new TempDirectory();
        var bibliography = dir.Combine("talks.csl.json");
        File.WriteAllBytes(bibliography, ExportRun.Run(new CslJsonExporter(), talks, site: site).Bytes);
        File.WriteAllText(dir.Combine("talks.md"), "---\nnocite: \"@*\"\n---\n");

        foreach (var style in new[] { Array.Empty<string>(), ["--csl", Apa] })
        {
            var result = ExternalTool.Run(pandoc, ["--citeproc", "--bibliography", bibliography, .. style, "-t", "plain", "--wrap=none", "talks.md"], dir.Path);

            Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.ToString());
            Assert.Contains(SeedVenue, result.StandardOutput, StringComparison.Ordinal);
            Assert.Equal(30, result.StandardOutput.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }
    }

    private static (IReadOnlyList<Core.Model.Talk> Talks, SiteInfo Site) Read(string path)
    {
        var result = new TalkReader().Read([path]);
        return ([.. result.Talks.Order(TalkOrder.NewestFirst)], result.Site);
    }
}
