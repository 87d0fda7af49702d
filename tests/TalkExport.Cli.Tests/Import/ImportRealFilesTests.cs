using System.Net;
using TalkExport.Cli.Tests.Support;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Import;

/// <summary>
/// Files no one here wrote, imported into a copy of a real academicpages site and read by Jekyll 4.3
/// (the input oracle): tachella's talks.bib, academicpages' own talks.tsv, pandoc's CSL-JSON of the
/// .bib, and ORCID's 3.0 work samples. Every new record is published by Jekyll with the date and
/// title the import gave it, at the URL TalkExport reads for it.
/// </summary>
public sealed class ImportRealFilesTests
{
    private static string Corpus => TestEnvironment.RequireCorpus();

    private static string OrcidSamples => Path.GetFullPath(Path.Combine(TestEnvironment.RepositoryRoot, "..", "shared", "reference", "orcid", "orcid-model", "src", "main", "resources", "record_3.0", "samples"));

    [Fact]
    public void TachellaTalksBib_IsPublishedByJekyll()
    {
        using var dir = new TempDirectory();
        var bib = dir.Write("talks.bib", File.ReadAllText(Path.Combine(Corpus, "tachella--tachella.github.io", "_bibliography", "talks.bib")));
        var created = ImportAndCheckWithJekyll(dir, bib);
        // 53 entries; two of them are one talk (same date and title), imported once.
        Assert.InRange(created, 50, 53);
    }

    [Fact]
    public void AcademicPagesTalksTsv_IsPublishedByJekyll()
    {
        using var dir = new TempDirectory();
        var tsv = dir.Write("talks.tsv", File.ReadAllText(Path.Combine(Corpus, "academicpages--academicpages.github.io", "markdown_generator", "talks.tsv")));
        // The template's own _talks/ were made from this file: into the site as it is, all four are already there.
        var there = CliRunner.Run("import", tsv, "--into", CopyOfSite(dir));
        Assert.True(there.ExitCode == 0, there.ToString());
        Assert.Contains("created 0 in _talks/ (academicpages), already on the site 4", there.Stderr, StringComparison.Ordinal);
        Assert.Equal(4, ImportAndCheckWithJekyll(dir, tsv, withoutTalks: true));
    }

    [Fact]
    public void PandocCslJsonOfTalksBib_IsPublishedByJekyll()
    {
        var pandoc = ExternalTool.Require("pandoc");
        var run = ExternalTool.Run(pandoc, ["-f", "biblatex", "-t", "csljson", Path.Combine(Corpus, "tachella--tachella.github.io", "_bibliography", "talks.bib")]);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var dir = new TempDirectory();
        var json = dir.Write("talks.json", run.StandardOutput);
        Assert.InRange(ImportAndCheckWithJekyll(dir, json), 50, 53);
    }

    [Theory]
    [InlineData("write_samples/work-full-3.0.json")]
    [InlineData("write_samples/work-full-3.0.xml")]
    [InlineData("read_samples/work-full-3.0.xml")]
    [InlineData("write_samples/bulk-works-3-works-3.0.json")]
    public void OrcidSamples_AsPresentations_ArePublishedByJekyll(string sample)
    {
        var path = Path.Combine(OrcidSamples, sample);
        Assert.True(File.Exists(path), path);
        var text = File.ReadAllText(path);
        using var dir = new TempDirectory();
        // ORCID's samples are journal articles: imported as they are, nothing is a talk.
        var asIs = dir.Write(Path.GetFileName(sample), text);
        var site = CopyOfSite(dir);
        var none = CliRunner.Run("import", asIs, "--into", site);
        Assert.True(none.ExitCode == 0, none.ToString());
        Assert.Contains("created 0", none.Stderr, StringComparison.Ordinal);
        Assert.Contains("not talks", none.Stderr, StringComparison.Ordinal);

        // The same works as conference presentations.
        var retyped = dir.Write("presentations/" + Path.GetFileName(sample), AsPresentations(text));
        Assert.True(ImportAndCheckWithJekyll(dir, retyped) >= 1);
    }

    // The work's type, whatever the sample has (journal-article, artistic-performance), as ORCID's conference-presentation.
    private static string AsPresentations(string text) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(text, "\"type\"\\s*:\\s*\"[a-z-]+\"", "\"type\" : \"conference-presentation\""),
            "<work:type>[a-z-]+</work:type>", "<work:type>conference-presentation</work:type>");

    private static string CopyOfSite(TempDirectory dir)
    {
        var site = Path.Combine(dir.Path, "site-" + Guid.NewGuid().ToString("N")[..8]);
        CopyTree(Path.Combine(Corpus, "academicpages--academicpages.github.io"), site);
        return site;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    // Imports SOURCE into a copy of academicpages' own site and checks each new record with Jekyll; the number of records made.
    private static int ImportAndCheckWithJekyll(TempDirectory dir, string source, bool withoutTalks = false)
    {
        var site = CopyOfSite(dir);
        if (withoutTalks)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(site, "_talks")))
            {
                File.Delete(file);
            }
        }

        var before = Directory.GetFiles(Path.Combine(site, "_talks")).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var imported = CliRunner.Run("import", source, "--into", site);
        Assert.True(imported.ExitCode == 0, imported.ToString());
        var created = Directory.GetFiles(Path.Combine(site, "_talks")).Select(Path.GetFileName).Where(f => !before.Contains(f)).Select(f => "_talks/" + f).ToList();

        var ours = new TalkReader(new ReaderOptions()).Read([site], CancellationToken.None);
        Assert.DoesNotContain(ours.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var byPath = ours.Talks.ToDictionary(t => Path.GetRelativePath(site, t.Source.FullPath!).Replace('\\', '/'), StringComparer.Ordinal);
        var (pages, failure) = SiteGenerator.Read(site);
        Assert.True(failure is null, failure);
        var published = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        foreach (var path in created)
        {
            Assert.True(published.TryGetValue(path, out var page), $"Jekyll does not publish {path}");
            var talk = byPath[path];
            Assert.Equal(talk.Date?.ToString(), page!.Date);
            Assert.NotNull(page.Date);
            Assert.Equal(talk.Title, WebUtility.HtmlDecode(page.Title));
            Assert.Equal(page.Url, page.Url.StartsWith('/') ? new Uri(talk.Links.Page!).PathAndQuery : talk.Links.Page);
        }

        return created.Count;
    }
}
