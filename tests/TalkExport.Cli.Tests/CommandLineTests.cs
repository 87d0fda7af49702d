using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests;

/// <summary>Parsing, usage errors and verbs that need no records.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Formats_ListsEveryRegisteredExporter()
    {
        var r = CliRunner.Run("formats");
        Assert.Equal(0, r.ExitCode);
        foreach (var e in CliHost.Default().Registry.All)
        {
            Assert.Contains(e.Id + " ", r.Stdout, StringComparison.Ordinal);
            Assert.Contains(e.Extension, r.Stdout, StringComparison.Ordinal);
        }

        Assert.Empty(r.Stderr);
    }

    [Fact]
    public void Verbs_OnePerRegisteredExporter()
    {
        var root = TalkExportApp.BuildRoot(CliHost.Default());
        foreach (var e in CliHost.Default().Registry.All)
        {
            Assert.Contains(root.Subcommands, c => c.Name == e.Id);
        }

        foreach (var verb in new[] { "formats", "list", "validate", "report", "export" })
        {
            Assert.Contains(root.Subcommands, c => c.Name == verb);
        }
    }

    [Fact]
    public void Verb_MissingPath_Exit1DiagnosticOnStderrNothingOnStdout()
    {
        var r = CliRunner.Run("list");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Empty(r.StdoutBytes);
        Assert.Contains("error TE7001", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("20245")]
    public void Year_NotAYear_Exit1SaysWhatAYearIs(string year)
    {
        using var dir = new TempDirectory();

        var r = CliRunner.Run("list", dir.Path, "--year", year);

        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains($"--year: '{year}' is not a year (YYYY, e.g. 2024).", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void FileNameWithEscapeSequence_ShownEscapedInDiagnosticsAndTable()
    {
        using var dir = new TempDirectory();
        dir.Write("_talks/2020-01-01-a\u001b[31m.md", "---\ntitle: A\ndate: 2020-01-01\n---\n");
        dir.Write("_talks/2020-01-02-b\u001b]0;pwned\u0007\nx.md", "---\ntitle: B\ndate: 2020-01-02\nbad: [\n---\n");

        var r = CliRunner.Run("list", dir.Path);

        Assert.Equal(ExitCodes.InvalidRecords, r.ExitCode);
        Assert.Contains("2020-01-01-a\\x1b[31m.md", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("2020-01-02-b\\x1b]0;pwned\\x07\\x0ax.md:", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', r.Stdout + r.Stderr);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("error TE1", StringComparison.Ordinal));
    }

    [Fact]
    public void Template_List_NamesEveryBuiltInWithoutPath()
    {
        var r = CliRunner.Run("template", "--list");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("moderncv\tmarkdown-cv", string.Join('\t', r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0])));
        Assert.Empty(r.Stderr);
    }

    [Theory]
    [InlineData("template")]
    [InlineData("template", "--builtin", "moderncv")]
    [InlineData("template", "SAMPLES", "--builtin", "no-such-template")]
    [InlineData("template", "SAMPLES", "--builtin", "moderncv", "--template", "SAMPLES")]
    public void Template_NoPathOrBadBuiltIn_Exit1NothingOnStdout(params string[] args)
    {
        var r = CliRunner.Run([.. args.Select(a => a == "SAMPLES" ? TestEnvironment.SamplesPath : a)]);

        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Empty(r.StdoutBytes);
        Assert.Contains("talkexport: error TE70", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_BuiltIn_RendersTheSamples()
    {
        var r = CliRunner.Run("template", TestEnvironment.SamplesPath, "--builtin", "markdown-cv");

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("## Talks\n", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Verb_UnknownOption_Exit1()
    {
        using var dir = new TempDirectory();
        var r = CliRunner.Run("list", dir.Path, "--no-such-option");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("'--no-such-option'", r.Stderr, StringComparison.Ordinal);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void Verb_PathDoesNotExist_Exit1NamedOnStderr()
    {
        var r = CliRunner.Run("list", "no/such/folder");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Equal("no/such/folder: error TE7002: no such file or folder\n", r.Stderr);
    }

    [Theory]
    [InlineData("--from", "2019-13-01")]
    [InlineData("--to", "yesterday")]
    [InlineData("--kind", "lecture,speech")]
    [InlineData("--sort", "size")]
    [InlineData("--diagnostics", "xml")]
    public void Verb_BadFilterValue_Exit1(string option, string value)
    {
        using var dir = new TempDirectory();
        var r = CliRunner.Run("list", dir.Path, option, value);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("error TE700", r.Stderr, StringComparison.Ordinal);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void Export_UnknownFormat_Exit1ListsKnown()
    {
        using var dir = new TempDirectory();
        var r = CliRunner.Run(CliRunner.WithFakes(), "export", dir.Path, "--format", "fake,nope", "--output-dir", dir.Combine("out"));
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("unknown format 'nope' (known: fake)", r.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.Combine("out")));
    }

    [Fact]
    public void Export_OutputFileWithTwoFormats_Exit1()
    {
        using var dir = new TempDirectory();
        var host = CliRunner.WithFakes(false, new FakeExporter("a"), new FakeExporter("b"));
        var r = CliRunner.Run(host, "export", dir.Path, "--format", "a,b", "-o", dir.Combine("x"));
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("--output-dir", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ExporterVerb_BadAllowedValue_Exit1()
    {
        using var dir = new TempDirectory();
        var r = CliRunner.Run(CliRunner.WithFakes(), "fake", dir.Path, "--style", "weird");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("'weird' is not one of plain, fancy", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ExporterVerb_BinaryToTerminal_Exit1BeforeReading()
    {
        using var dir = new TempDirectory();
        var r = CliRunner.Run(CliRunner.WithFakes(true, new FakeExporter("bin", binary: true)), "bin", dir.Path);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("binary", r.Stderr, StringComparison.Ordinal);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void Help_GoesToStdoutExit0()
    {
        var r = CliRunner.Run("export", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--output-dir", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void SiteDialect_HelpCompletionAndReadme_ListEveryDialect()
    {
        var ids = TalkExport.Core.Reading.TalkMapper.DialectIds;
        Assert.NotEmpty(ids);

        var help = CliRunner.Run("list", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains($"--site-dialect <{string.Join('|', ids)}>", help.Stdout, StringComparison.Ordinal);

        const string line = "list x --site-dialect ";
        var suggested = CliRunner.Run($"[suggest:{line.Length}]", line).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(ids, id => Assert.Contains(id, suggested));

        // The README's option table names them all too.
        var readme = File.ReadAllText(Path.Combine(TestEnvironment.RepositoryRoot, "README.md"));
        Assert.Contains($"`--site-dialect {string.Join("\\|", ids)}`", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void SuggestDirective_CompletesVerbs()
    {
        var r = CliRunner.Run("[suggest:3]", "exp");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("export", r.Stdout.Split('\n'));
    }

    [Fact]
    public void SuggestDirective_CompletesExporterOptionValues()
    {
        const string line = "fake x --style ";
        var r = CliRunner.Run(CliRunner.WithFakes(), $"[suggest:{line.Length}]", line);
        Assert.Equal(["fancy", "plain"], r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l is "fancy" or "plain"));
    }
}
