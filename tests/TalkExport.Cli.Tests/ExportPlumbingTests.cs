using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests;

/// <summary>Targets, options and config reaching exporters, with a fake exporter over the bundled samples.</summary>
public sealed class ExportPlumbingTests
{
    private static string Samples => TestEnvironment.SamplesPath;

    [Fact]
    public void ExporterVerb_Stdout_OnlyData_SettingsFromCommandLine()
    {
        var r = CliRunner.Run(CliRunner.WithFakes(), "fake", Samples, "--shout", "--style", "FANCY", "--columns", "a,b", "--columns", "c", "-q");
        Assert.True(r.ExitCode == 0, r.ToString());
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("settings: columns=a,b|c shout=true style=FANCY", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Equal(l.Split(' ', 3)[2].ToUpperInvariant(), l.Split(' ', 3)[2]));
        Assert.Empty(r.Stderr);
    }

    [Fact]
    public void ExporterVerb_ConfigDefaults_CommandLineWins()
    {
        using var dir = new TempDirectory();
        var config = dir.Combine("talkexport.yml");
        File.WriteAllText(config, "fake:\n  style: fancy\n  columns: [x, y]\n  shout: true\n");
        var r = CliRunner.Run(CliRunner.WithFakes(), "fake", Samples, "--config", config, "--style", "plain", "-q");
        Assert.Equal("settings: columns=x|y shout=true style=plain", r.Stdout.Split('\n')[0]);
    }

    [Fact]
    public void ExporterVerb_OutputFile_WrittenAtomically_NothingOnStdout()
    {
        using var dir = new TempDirectory();
        var r = CliRunner.Run(CliRunner.WithFakes(), "fake", Samples, "-o", dir.Combine("out.txt"), "-q");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Empty(r.StdoutBytes);
        Assert.StartsWith("settings:", File.ReadAllText(dir.Combine("out.txt")), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void ExporterVerb_DocumentToUpdate_IsTheDefaultOutput()
    {
        using var dir = new TempDirectory();
        var cv = dir.Combine("cv.bin");
        File.WriteAllText(cv, "old");
        var r = CliRunner.Run(CliRunner.WithFakes(), "fake", Samples, "--into", cv, "-q");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.StartsWith("settings: into=", File.ReadAllText(cv), StringComparison.Ordinal);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void ExporterVerb_ExporterFails_Exit4_OldFileKept_NoTempLeft()
    {
        using var dir = new TempDirectory();
        var target = dir.Combine("out.txt");
        File.WriteAllText(target, "old");
        var r = CliRunner.Run(CliRunner.WithFakes(false, new FakeExporter("bad", fail: true)), "bad", Samples, "-o", target, "-q");
        Assert.Equal(ExitCodes.OutputError, r.ExitCode);
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(dir.Path));
        Assert.Contains("error TE7005: the fake exporter failed on purpose", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ExporterVerb_ExporterFailsOnStdout_NothingPartialOnStdout()
    {
        var r = CliRunner.Run(CliRunner.WithFakes(false, new FakeExporter("bad", fail: true)), "bad", Samples, "-q");
        Assert.Equal(ExitCodes.OutputError, r.ExitCode);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void Export_TwoFormats_DirectoryNamesFromExtensions_OptionsPrefixed()
    {
        using var dir = new TempDirectory();
        var host = CliRunner.WithFakes(false, new FakeExporter("one"), new FakeExporter("two", binary: true));
        var r = CliRunner.Run(host, "export", Samples, "-f", "one", "-f", "two", "--output-dir", dir.Combine("out"), "--one-shout", "-q");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["talks.bin", "talks.fake.txt"], Directory.GetFiles(dir.Combine("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("settings: shout=true", File.ReadAllText(dir.Combine("out", "talks.fake.txt")), StringComparison.Ordinal);
        Assert.StartsWith("settings:\n", File.ReadAllText(dir.Combine("out", "talks.bin")), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_OneFormatFailing_NoFileOfAnyFormatWritten()
    {
        using var dir = new TempDirectory();
        var host = CliRunner.WithFakes(false, new FakeExporter("good"), new FakeExporter("bad", fail: true));
        var r = CliRunner.Run(host, "export", Samples, "-f", "good,bad", "--output-dir", dir.Path, "-q");
        Assert.Equal(ExitCodes.OutputError, r.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void FilterLeavingNothing_Exit0_EmptyOutput()
    {
        var r = CliRunner.Run(CliRunner.WithFakes(), "fake", Samples, "--year", "1901", "-q");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("settings:\n", r.Stdout);
    }

    [Fact]
    public void DiagnosticsJson_OneObjectPerLine()
    {
        var r = CliRunner.Run(CliRunner.WithFakes(), "validate", Samples, "--diagnostics", "json");
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            Assert.Matches("^TE\\d{4}$", json.RootElement.GetProperty("code").GetString());
            Assert.True(json.RootElement.TryGetProperty("line", out _));
        }
    }

    [Fact]
    public void Samples_ListReportValidate_Exit0()
    {
        var list = CliRunner.Run("list", Samples);
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("Learning to forget in recurrent networks", list.Stdout, StringComparison.Ordinal);
        var report = CliRunner.Run("report", Samples, "--report-format", "markdown");
        Assert.True(report.ExitCode == 0, report.ToString());
        Assert.Contains("| 2019 |", report.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("| default |", report.Stdout, StringComparison.Ordinal);
        var validate = CliRunner.Run("validate", Samples);
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Contains("warning TE2005", validate.Stderr, StringComparison.Ordinal);
        Assert.Contains("warning TE2003", validate.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidRecords, CliRunner.Run("validate", Samples, "--strict").ExitCode);
    }
}
