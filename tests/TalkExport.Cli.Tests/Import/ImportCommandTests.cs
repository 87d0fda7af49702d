using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Import;

/// <summary><c>import</c>: the site's dialect, never overwriting, the report, exit codes.</summary>
public sealed class ImportCommandTests
{
    private const string TwoTalks = """
        @misc{lovelace2020deep,
          title = {Deep nets},
          author = {Lovelace, Ada},
          howpublished = {Invited talk, Analytical Society},
          date = {2020-03-01},
        }

        @misc{lovelace2021trees,
          title = {Deep trees},
          author = {Lovelace, Ada and Babbage, Charles},
          howpublished = {NeurIPS 2021},
          date = {2021-12-06},
          url = {https://example.org/trees.pdf},
        }
        """;

    private static string JekyllSite(TempDirectory dir)
    {
        dir.Write("site/_config.yml", "title: Ada\nauthor:\n  name: Ada Lovelace\ncollections:\n  talks:\n    output: true\n    permalink: /:collection/:path/\n");
        Directory.CreateDirectory(dir.Combine("site", "_talks"));
        return dir.Combine("site");
    }

    [Fact]
    public void Import_WritesAcademicPagesRecords_AndTheSecondRunAddsNothing()
    {
        using var dir = new TempDirectory();
        var site = JekyllSite(dir);
        var bib = dir.Write("talks.bib", TwoTalks);

        var first = CliRunner.Run("import", bib, "--into", site);
        Assert.True(first.ExitCode == 0, first.ToString());
        var files = Directory.GetFiles(Path.Combine(site, "_talks")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["2020-03-01-deep-nets.md", "2021-12-06-deep-trees.md"], files);
        Assert.Contains("import: created 2 in _talks/ (academicpages)", first.Stderr, StringComparison.Ordinal);
        var record = File.ReadAllText(Path.Combine(site, "_talks", "2021-12-06-deep-trees.md"));
        Assert.Contains("title: \"Deep trees\"\n", record, StringComparison.Ordinal);
        Assert.Contains("collection: talks\n", record, StringComparison.Ordinal);
        Assert.Contains("date: 2021-12-06\n", record, StringComparison.Ordinal);
        Assert.Contains("bibtex: |", record, StringComparison.Ordinal);

        var listed = CliRunner.Run("json", site);
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("\"title\": \"Deep trees\"", listed.Stdout, StringComparison.Ordinal);
        Assert.Contains("Charles Babbage", listed.Stdout, StringComparison.Ordinal);

        var before = Snapshot(site);
        var second = CliRunner.Run("import", bib, "--into", site);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("already on the site 2", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void DryRun_PrintsTheRecords_AndWritesNothing()
    {
        using var dir = new TempDirectory();
        var site = JekyllSite(dir);
        var bib = dir.Write("talks.bib", TwoTalks);
        var before = Snapshot(site);

        var result = CliRunner.Run("import", bib, "--into", site, "--dry-run");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("=== _talks/2020-03-01-deep-nets.md\n---\ntitle: \"Deep nets\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("would create 2", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void EmptyFolder_NeedsSiteDialect()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("empty"));
        var bib = dir.Write("talks.bib", TwoTalks);

        var refused = CliRunner.Run("import", bib, "--into", dir.Combine("empty"));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--site-dialect", refused.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Combine("empty")));

        var hugo = CliRunner.Run("import", bib, "--into", dir.Combine("empty"), "--site-dialect", "hugo");
        Assert.True(hugo.ExitCode == 0, hugo.ToString());
        Assert.True(File.Exists(dir.Combine("empty", "content", "event", "deep-nets", "index.md")));
        Assert.True(File.Exists(dir.Combine("empty", "content", "event", "deep-trees", "index.md")));
    }

    [Fact]
    public void DataFileDialect_IsRefused()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("site"));
        var bib = dir.Write("talks.bib", TwoTalks);
        var result = CliRunner.Run("import", bib, "--into", dir.Combine("site"), "--site-dialect", "jekyll-data");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("shared data file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExistingFileOfTheSameName_IsKept_AndTheNextNameTaken()
    {
        using var dir = new TempDirectory();
        var site = JekyllSite(dir);
        // Another talk (another title) whose file has the name the import would choose.
        var taken = dir.Write("site/_talks/2020-03-01-deep-nets.md", "---\ntitle: Something else\ndate: 2020-03-01\n---\n");
        var bib = dir.Write("talks.bib", TwoTalks);

        var result = CliRunner.Run("import", bib, "--into", site);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("---\ntitle: Something else\ndate: 2020-03-01\n---\n", File.ReadAllText(taken));
        Assert.True(File.Exists(dir.Combine("site", "_talks", "2020-03-01-deep-nets-2.md")));
    }

    [Fact]
    public void ALinkedCollectionFolder_IsNotWrittenThrough()
    {
        using var dir = new TempDirectory();
        dir.Write("site/_config.yml", "title: Ada\n");
        Directory.CreateDirectory(dir.Combine("elsewhere"));
        File.CreateSymbolicLink(dir.Combine("site", "_talks"), dir.Combine("elsewhere"));
        var bib = dir.Write("talks.bib", TwoTalks);

        var result = CliRunner.Run("import", bib, "--into", dir.Combine("site"), "--site-dialect", "academicpages");
        Assert.Equal(4, result.ExitCode);
        Assert.Contains("not a folder (a link or a file)", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Combine("elsewhere")));
    }

    [Fact]
    public void AnUnreadableEntry_IsReported_AndTheOthersWritten()
    {
        using var dir = new TempDirectory();
        var site = JekyllSite(dir);
        var bib = dir.Write("talks.bib", TwoTalks + "\n@misc{notitle,\n  author = {Lovelace, Ada},\n  year = {2022},\n}\n");

        var result = CliRunner.Run("import", bib, "--into", site);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"talks\.bib:15:\d+: error TE8501: ", result.Stderr);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(site, "_talks")).Length);
    }

    [Fact]
    public void Filters_ChooseTheEntries()
    {
        using var dir = new TempDirectory();
        var site = JekyllSite(dir);
        var bib = dir.Write("talks.bib", TwoTalks);
        var result = CliRunner.Run("import", bib, "--into", site, "--from", "2021");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["2021-12-06-deep-trees.md"], Directory.GetFiles(Path.Combine(site, "_talks")).Select(Path.GetFileName));
    }

    [Fact]
    public void AFileOfNoKnownFormat_IsAUsageError()
    {
        using var dir = new TempDirectory();
        var site = JekyllSite(dir);
        var txt = dir.Write("talks.txt", "Deep nets, 2020\n");
        var result = CliRunner.Run("import", txt, "--into", site);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--from-format", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(site, "_talks")));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText, StringComparer.Ordinal);
}
