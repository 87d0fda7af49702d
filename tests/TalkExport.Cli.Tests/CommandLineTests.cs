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
