using System.Text.Json;
using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests;

/// <summary>End-to-end: the built program as a process, for exit codes and stream discipline.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void MissingPath_Exit1()
    {
        using var dir = new TempDirectory();
        var r = ProcessRunner.Run(dir.Path, "json", "does-not-exist");
        Assert.True(r.ExitCode == ExitCodes.Usage, r.ToString());
        Assert.Equal("", r.StandardOutput);
        Assert.Contains("does-not-exist: error TE7002", r.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("docx")]
    public void StdoutClosed_Exit4_SaysSoWithoutAccessDenied(string verb)
    {
        using var dir = new TempDirectory();
        Fixtures.SiteWithBrokenRecord(dir);

        var r = ProcessRunner.RunWithStdoutClosed(dir.Path, verb, "site");

        Assert.True(r.ExitCode == ExitCodes.OutputError, r.ToString());
        Assert.Contains("error TE7005: cannot write to stdout: it is closed or not writable", r.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", r.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_Exit1_NoHelpOnStdout()
    {
        using var dir = new TempDirectory();
        var r = ProcessRunner.Run(dir.Path, "csv", ".", "--frobnicate");
        Assert.True(r.ExitCode == ExitCodes.Usage, r.ToString());
        Assert.Equal("", r.StandardOutput);
        Assert.Contains("--frobnicate", r.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void FolderWithoutTalks_Exit3()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("README.md"), "# not a talk\n");
        var r = ProcessRunner.Run(dir.Path, "json", ".");
        Assert.True(r.ExitCode == ExitCodes.NoRecords, r.ToString());
        Assert.Equal("", r.StandardOutput);
        Assert.Contains("error TE7003", r.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenRecord_Exit2_RestExported_DiagnosticOnStderr()
    {
        using var dir = new TempDirectory();
        Fixtures.SiteWithBrokenRecord(dir);
        var r = ProcessRunner.Run(dir.Path, "json", "site");
        Assert.True(r.ExitCode == ExitCodes.InvalidRecords, r.ToString());
        using var json = JsonDocument.Parse(r.StandardOutput);
        Assert.Equal(["Second talk", "First talk"], json.RootElement.EnumerateArray().Select(t => t.GetProperty("title").GetString()));
        var line = Assert.Single(r.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^site/talks/_posts/2022-07-08-broken-talk\.md:\d+:\d+: error TE1\d{3}: ", line);
    }

    [Fact]
    public void UnwritableOutput_Exit4_NothingLeftBehind()
    {
        using var dir = new TempDirectory();
        Fixtures.SiteWithBrokenRecord(dir);
        File.WriteAllText(dir.Combine("plainfile"), "x");
        var before = Directory.GetFileSystemEntries(dir.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

        var r = ProcessRunner.Run(dir.Path, "csv", "site", "-o", "plainfile/talks.csv");
        Assert.True(r.ExitCode == ExitCodes.OutputError, r.ToString());
        Assert.Contains("error TE7005", r.StandardError, StringComparison.Ordinal);

        var multi = ProcessRunner.Run(dir.Path, "export", "site", "--format", "json,csv", "--output-dir", "plainfile/out");
        Assert.True(multi.ExitCode == ExitCodes.OutputError, multi.ToString());

        var after = Directory.GetFileSystemEntries(dir.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(before, after);
        Assert.Equal("x", File.ReadAllText(dir.Combine("plainfile")));
    }

    [Fact]
    public void Csv_PipedToPython_Parses_StdoutHoldsOnlyData()
    {
        var python = ExternalTool.Require("python3");
        var r = ProcessRunner.Run(TestEnvironment.RepositoryRoot, "csv", "samples", "--columns", "date,title,venue");
        Assert.True(r.ExitCode == ExitCodes.Success, r.ToString());
        var parsed = ExternalTool.Run(python, ["-c", "import csv,sys\nrows=list(csv.reader(sys.stdin))\nprint(len(rows));print(rows[0])"], stdin: r.StandardOutput);
        Assert.True(parsed.ExitCode == 0, parsed.ToString());
        var lines = parsed.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("['date', 'title', 'venue']", lines[1].Trim());
        Assert.True(int.Parse(lines[0], System.Globalization.CultureInfo.InvariantCulture) > 5, parsed.ToString());
    }

    [Fact]
    public void FillBibTeXCheck_RecordsWouldChange_Exit5_BrokenToo_HighestWins()
    {
        using var dir = new TempDirectory();
        Fixtures.SiteWithBrokenRecord(dir);
        var before = File.ReadAllText(dir.Combine("site", "talks", "_posts", "2021-03-04-first-talk.md"));
        var r = ProcessRunner.Run(dir.Path, "fill-bibtex", "site", "--check");
        Assert.True(r.ExitCode == ExitCodes.WouldChange, r.ToString());
        Assert.Contains("broken-talk.md", r.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(dir.Combine("site", "talks", "_posts", "2021-03-04-first-talk.md")));
    }

    [Fact]
    public void DiagnosticsJson_Process_OneJsonObjectPerStderrLine_StdoutStillData()
    {
        using var dir = new TempDirectory();
        Fixtures.SiteWithBrokenRecord(dir);
        var r = ProcessRunner.Run(dir.Path, "csv", "site", "--diagnostics", "json");
        Assert.True(r.ExitCode == ExitCodes.InvalidRecords, r.ToString());
        var line = Assert.Single(r.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("error", json.RootElement.GetProperty("severity").GetString());
        Assert.Equal("site/talks/_posts/2022-07-08-broken-talk.md", json.RootElement.GetProperty("path").GetString());
        Assert.StartsWith("key,", r.StandardOutput, StringComparison.Ordinal);
    }
}
