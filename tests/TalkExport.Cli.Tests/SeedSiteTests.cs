using System.Text.Json;
using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests;

/// <summary>The acceptance numbers of the seed site (30 readable talks, 3 broken records, one detectable duplicate pair).</summary>
public sealed class SeedSiteTests
{
    private static JsonElement[] Talks(CliResult r)
    {
        using var json = JsonDocument.Parse(r.StdoutBytes);
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Fact]
    public void Json_WholeSite_30Talks_Exit2_ThreeErrorLines()
    {
        var r = CliRunner.Run("json", CliRunner.Seed());
        Assert.Equal(ExitCodes.InvalidRecords, r.ExitCode);
        Assert.Equal(30, Talks(r).Length);
        Assert.Equal(3, r.Stderr.Split('\n').Count(l => l.Contains(": error TE1", StringComparison.Ordinal)));
    }

    [Fact]
    public void Year2020_FiveTalks()
    {
        var talks = Talks(CliRunner.Run("json", CliRunner.Seed(), "--year", "2020", "-q"));
        Assert.Equal(5, talks.Length);
        Assert.All(talks, t => Assert.StartsWith("2020", t.GetProperty("date").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void FromTo2019_Six_FiveWithDedupe_DroppedNamedOnStderr()
    {
        var all = CliRunner.Run("json", CliRunner.Seed(), "--from", "2019-01-01", "--to", "2019-12-31", "-q");
        Assert.Equal(6, Talks(all).Length);
        var deduped = CliRunner.Run("json", CliRunner.Seed(), "--from", "2019-01-01", "--to", "2019-12-31", "--dedupe");
        Assert.Equal(5, Talks(deduped).Length);
        Assert.Contains("2019-01-31-neural-ordinary-differential-equations.md", deduped.Stderr, StringComparison.Ordinal);
        Assert.Contains("warning TE2101: dropped by --dedupe", deduped.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Dedupe_WholeSite_29()
    {
        Assert.Equal(29, Talks(CliRunner.Run("json", CliRunner.Seed(), "--dedupe", "-q")).Length);
    }

    [Fact]
    public void DefaultSort_NewestFirst_KeysUnique()
    {
        var talks = Talks(CliRunner.Run("json", CliRunner.Seed(), "-q"));
        var dates = talks.Select(t => t.GetProperty("date").GetString()!).ToArray();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        var keys = talks.Select(t => t.GetProperty("key").GetString()!).ToArray();
        Assert.All(keys, k => Assert.False(string.IsNullOrEmpty(k)));
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Filter_DoesNotChangeKeys()
    {
        var all = Talks(CliRunner.Run("json", CliRunner.Seed(), "-q")).ToDictionary(t => t.GetProperty("source").GetProperty("path").GetString()!, t => t.GetProperty("key").GetString());
        foreach (var t in Talks(CliRunner.Run("json", CliRunner.Seed(), "--year", "2019", "-q")))
        {
            Assert.Equal(all[t.GetProperty("source").GetProperty("path").GetString()!], t.GetProperty("key").GetString());
        }
    }

    [Fact]
    public void Export_AllFormats_CliMdFileNames()
    {
        using var dir = new TempDirectory();
        var r = CliRunner.Run("export", CliRunner.Seed(), "--format", "bibtex,csv,orcid,docx,json,csl", "--output-dir", dir.Path, "-q");
        Assert.True(r.ExitCode == ExitCodes.InvalidRecords, r.ToString());
        Assert.Equal(
            ["talks.bib", "talks.csl.json", "talks.csv", "talks.docx", "talks.json", "talks.orcid.json"],
            Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.GetFiles(dir.Path), f => Assert.True(new FileInfo(f).Length > 100, f));
    }

    [Fact]
    public void ConfigBaseUrl_InSiteRoot_MakesSlidesAbsoluteUnderIt()
    {
        using var dir = new TempDirectory();
        var site = dir.CopyTree(CliRunner.Seed());
        File.WriteAllText(Path.Combine(site, "talkexport.yml"), "base_url: https://mogren.one\n");
        var talks = Talks(CliRunner.Run("json", site, "--year", "2020", "-q"));
        var slides = talks.Select(t => t.GetProperty("links").GetProperty("slides").GetString()).OfType<string>().ToArray();
        Assert.NotEmpty(slides);
        Assert.All(slides, s => Assert.StartsWith("https://mogren.one/", s, StringComparison.Ordinal));
        Assert.Contains("https://mogren.one/talks/slides/mogren-2020-11-05-uncertainty-in-deep-learning.pdf", slides);
    }

    [Fact]
    public void CommandLineBaseUrl_WinsOverConfig()
    {
        using var dir = new TempDirectory();
        var site = dir.CopyTree(CliRunner.Seed());
        File.WriteAllText(Path.Combine(site, "talkexport.yml"), "base_url: https://mogren.one\n");
        var talks = Talks(CliRunner.Run("json", site, "--year", "2020", "-q", "--base-url", "https://cli.example.org/"));
        Assert.All(talks.Select(t => t.GetProperty("links").GetProperty("slides").GetString()).OfType<string>(),
            s => Assert.StartsWith("https://cli.example.org/", s, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Seed_Exit2_SummaryOnStdout_FindingsOnStderr()
    {
        var r = CliRunner.Run("validate", CliRunner.Seed());
        Assert.Equal(ExitCodes.InvalidRecords, r.ExitCode);
        var summary = Assert.Single(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("failed: 30 talks from 33 files: 3 errors", summary, StringComparison.Ordinal);
        Assert.Contains("warning TE2003: duplicate of", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Json_CountsMatchSelection()
    {
        var r = CliRunner.Run("report", CliRunner.Seed(), "--report-format", "json", "--year", "2020", "-q");
        using var json = JsonDocument.Parse(r.StdoutBytes);
        Assert.Equal(5, json.RootElement.GetProperty("total").GetInt32());
        var year = Assert.Single(json.RootElement.GetProperty("years").EnumerateArray());
        Assert.Equal(("2020", 5), (year.GetProperty("year").GetString(), year.GetProperty("count").GetInt32()));
        Assert.Equal(5, json.RootElement.GetProperty("kinds").EnumerateArray().Sum(k => k.GetProperty("count").GetInt32()));
    }
}
