using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests.FillBibTeX;

/// <summary>A site whose talks page loops over a data file as well as a collection: fill-bibtex fills the records and never writes the data file.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FillBibTeXDataFileTests
{
    private const string DataList = "- title: From the list\n  date: 2021-04-05\n  bibtex:\n- title: Also from the list\n  date: 2021-04-06\n";

    private static string Site(TempDirectory temp)
    {
        temp.Write("site/_config.yml", "name: Maren Solberg\n");
        temp.Write("site/_pages/talks.md", "---\nlayout: page\n---\n{% for talk in site.data.talks %}{{ talk.title }}{% endfor %}\n");
        temp.Write("site/_data/talks.yml", DataList);
        temp.Write("site/_talks/2020-01-02-record.md", "---\ntitle: A record\ndate: 2020-01-02\nbibtex:\n---\n");
        return temp.Combine("site");
    }

    [Fact]
    public void FillBibTeX_SiteWithADataList_FillsTheRecordAndLeavesTheDataFileAlone()
    {
        using var temp = new TempDirectory();
        var site = Site(temp);
        var data = Path.Combine(site, "_data", "talks.yml");
        var before = File.ReadAllBytes(data);
        var stamp = File.GetLastWriteTimeUtc(data);

        var fill = CliRunner.Run("fill-bibtex", site, "--add-missing");

        Assert.True(fill.ExitCode == 0, fill.ToString());
        Assert.Equal(before, File.ReadAllBytes(data));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(data));
        Assert.Single(Directory.GetFiles(Path.Combine(site, "_data")));
        Assert.Contains("_data/talks.yml: warning TE8012", fill.Stderr, StringComparison.Ordinal);
        Assert.Contains("@misc{solberg2020record", File.ReadAllText(Path.Combine(site, "_talks", "2020-01-02-record.md")), StringComparison.Ordinal);
        Assert.Contains("filled 1,", fill.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void List_SiteWithADataList_ShowsBothInAStableOrder()
    {
        using var temp = new TempDirectory();
        var site = Site(temp);

        var first = CliRunner.Run("csv", site, "--sort", "date");
        var again = CliRunner.Run("csv", site, "--sort", "date", "--dedupe");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Stdout, again.Stdout);
        var rows = first.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("A record", rows[0], StringComparison.Ordinal);
        Assert.Contains("From the list", rows[1], StringComparison.Ordinal);
        Assert.Contains("Also from the list", rows[2], StringComparison.Ordinal);
    }
}
