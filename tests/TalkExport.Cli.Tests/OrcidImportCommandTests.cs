using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests;

/// <summary>Issue 19 on the command line: <c>bibtex --dialect orcid</c>, its <c>export</c> and config-file forms, <c>--exclude</c>.</summary>
public sealed class OrcidImportCommandTests
{
    [Fact]
    public void BibTeXDialectOrcid_DataOnStdout_TypeStepOnStderr()
    {
        var r = CliRunner.Run("bibtex", TestEnvironment.SamplesPath, "--dialect", "orcid");

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("@misc{", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("ORCID:", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("booktitle", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("set its work type", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("  Conference poster:", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportAndConfigFile_GiveTheSameOrcidEntries()
    {
        var verb = CliRunner.Run("bibtex", TestEnvironment.SamplesPath, "--dialect", "orcid");
        using var dir = new TempDirectory();
        var export = CliRunner.Run("export", TestEnvironment.SamplesPath, "-f", "bibtex", "--bibtex-dialect", "orcid", "--output-dir", dir.Path);
        var config = dir.Combine("talkexport.yml");
        File.WriteAllText(config, "bibtex:\n  dialect: orcid\n");
        var configured = CliRunner.Run("bibtex", TestEnvironment.SamplesPath, "--config", config);

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(verb.Stdout, File.ReadAllText(dir.Combine("talks.bib")));
        Assert.Equal(0, configured.ExitCode);
        Assert.Equal(verb.Stdout, configured.Stdout);
    }

    [Fact]
    public void Exclude_UnreadableFile_Exit1WithItsLine()
    {
        using var dir = new TempDirectory();
        var works = dir.Combine("works.bib");
        File.WriteAllText(works, "@misc{a,\n  title = {x},\n  year 2020\n}\n");

        var r = CliRunner.Run("bibtex", TestEnvironment.SamplesPath, "--dialect", "orcid", "--exclude", works);

        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains(works + ":3:", r.Stderr, StringComparison.Ordinal);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void Exclude_ItsOwnOutput_LeavesNothing_AndSaysWhat()
    {
        using var dir = new TempDirectory();
        var works = dir.Combine("works.bib");
        File.WriteAllText(works, CliRunner.Run("bibtex", TestEnvironment.SamplesPath, "--dialect", "orcid").Stdout);

        var r = CliRunner.Run("bibtex", TestEnvironment.SamplesPath, "--dialect", "orcid", "--exclude", works);

        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Stdout);
        Assert.Contains("left out 10 of 10 talks", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void FillBibTeX_HasNoExcludeOption()
    {
        var r = CliRunner.Run("fill-bibtex", TestEnvironment.SamplesPath, "--dry-run", "--exclude", "works.bib");

        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("--exclude", r.Stderr, StringComparison.Ordinal);
    }
}
