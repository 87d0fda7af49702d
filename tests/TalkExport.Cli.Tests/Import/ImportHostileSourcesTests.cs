using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Import;

/// <summary>Hostile sources through the verb: refused or read entry by entry, with positions, and nothing written for what cannot be read.</summary>
public sealed class ImportHostileSourcesTests
{
    private static string Site(TempDirectory dir)
    {
        dir.Write("site/_config.yml", "title: x\n");
        Directory.CreateDirectory(dir.Combine("site", "_talks"));
        return dir.Combine("site");
    }

    [Fact]
    public void AHundredMegabyteJson_IsRefusedWithoutReadingIt()
    {
        using var dir = new TempDirectory();
        var site = Site(dir);
        var big = dir.Combine("works.json");
        using (var stream = File.Create(big))
        {
            stream.Write("[{\"type\":\"speech\",\"title\":\""u8);
            stream.SetLength(100L * 1024 * 1024);
        }

        var result = CliRunner.Run("import", big, "--into", site);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error TE8503", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(site, "_talks")));
    }

    [Fact]
    public void JsonNestedTenThousandDeep_IsRefusedWithItsLine()
    {
        using var dir = new TempDirectory();
        var site = Site(dir);
        var deep = dir.Write("talks.csl.json", "[\n" + new string('[', 10_000) + new string(']', 10_000) + "\n]");
        var result = CliRunner.Run("import", deep, "--into", site);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"talks\.csl\.json:2:\d+: error TE850[13]: ", result.Stderr);
        Assert.Empty(Directory.GetFiles(Path.Combine(site, "_talks")));
    }

    [Theory]
    [InlineData("<!DOCTYPE work [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")]
    [InlineData("<!DOCTYPE work SYSTEM \"file:///etc/passwd\">")]
    public void XmlWithADtd_IsRefused(string doctype)
    {
        using var dir = new TempDirectory();
        var site = Site(dir);
        var xml = dir.Write("work.xml", "<?xml version=\"1.0\"?>\n" + doctype + "\n<work:work xmlns:work=\"http://www.orcid.org/ns/work\"><work:title><common:title xmlns:common=\"http://www.orcid.org/ns/common\">&b;</common:title></work:title><work:type>lecture-speech</work:type></work:work>\n");
        var result = CliRunner.Run("import", xml, "--into", site);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"work\.xml:2:\d+: error TE850[13]: ", result.Stderr);
        Assert.DoesNotContain("passwd", string.Concat(Directory.GetFiles(Path.Combine(site, "_talks")).Select(File.ReadAllText)), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(site, "_talks")));
    }

    [Fact]
    public void TeXInjectionAndMalformedEntries_GivePlainTextAndLines()
    {
        using var dir = new TempDirectory();
        var site = Site(dir);
        var bib = dir.Write("cv.bib", """
            @misc{a, title = {\input{/etc/passwd}\write18{rm -rf /}\catcode`\@=11 Safe}, year = {2020}, month = {3}, day = {1}}
            @misc{b, title = {Unclosed, year = {2021}
            @misc{c, title = {Fine}, year = {2022}}
            """);
        var result = CliRunner.Run("import", bib, "--into", site);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"cv\.bib:2:1: error TE8501: ", result.Stderr);
        var records = Directory.GetFiles(Path.Combine(site, "_talks")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.Equal(2, records.Count);
        // The injected commands are text: no backslash command reaches the title, and the record is YAML libyaml reads.
        // TeX reads \write18 as \write then "18": the commands' names go, their text stays.
        var title = records[0].Split('\n').Single(l => l.StartsWith("title: ", StringComparison.Ordinal));
        Assert.StartsWith("title: \"/etc/passwd18rm -rf /", title, StringComparison.Ordinal);
        Assert.DoesNotContain('\\', title);
        var listed = CliRunner.Run("json", site);
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("\"title\": \"Fine\"", listed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TenThousandEntries_AreAllWritten()
    {
        using var dir = new TempDirectory();
        var site = Site(dir);
        var bib = dir.Write("cv.bib", string.Concat(Enumerable.Range(0, 10_000).Select(i => $"@misc{{k{i}, title = {{Same title}}, year = {{2020}}, month = {{1}}, day = {{{1 + (i % 28)}}}, note = {{{i}}}}}\n")));
        var result = CliRunner.Run("import", bib, "--into", site);
        Assert.True(result.ExitCode == 0, result.Stderr[..Math.Min(result.Stderr.Length, 2000)]);
        // 28 distinct days with one title: 28 talks, the other 9,972 entries the same talks again.
        Assert.Equal(28, Directory.GetFiles(Path.Combine(site, "_talks")).Length);
        Assert.Contains("duplicates in the sources 9972", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OneTitleOnManyDays_InAHugoSite_TakesTheNextFreeNames()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.Combine("site"));
        var bib = dir.Write("cv.bib", string.Concat(Enumerable.Range(1, 30).Select(d => $"@misc{{k{d}, title = {{Weekly seminar}}, year = {{2020}}, month = {{1}}, day = {{{d}}}}}\n")));
        var result = CliRunner.Run("import", bib, "--into", dir.Combine("site"), "--site-dialect", "hugo");
        Assert.True(result.ExitCode == 0, result.ToString());
        var bundles = Directory.GetDirectories(dir.Combine("site", "content", "event")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["weekly-seminar", .. Enumerable.Range(2, 29).Select(n => $"weekly-seminar-{n}").Order(StringComparer.Ordinal)], bundles);
    }
}
