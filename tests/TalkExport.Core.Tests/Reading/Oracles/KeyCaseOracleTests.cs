using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Oracles;

/// <summary>
/// Front-matter keys written with capitals: Hugo (0.111) lowercases them, so <c>Title:</c> and
/// <c>Date:</c> are the page's title and date; Jekyll (4.3) keeps them as written, so <c>Title:</c>
/// is not <c>page.title</c>. Compared with both generators on fictional sites.
/// </summary>
public sealed class KeyCaseOracleTests
{
    [Fact]
    public void HugoRecords_KeysWithCapitals_TitleAndDateAsHugoReadsThem()
    {
        using var temp = new TempDirectory();
        temp.Write("config.toml", "baseURL = \"https://ada.example.org/\"\n");
        temp.Write("content/event/upper/index.md", "---\nTitle: Upper Title\nDate: 2021-03-04\nSummary: Short.\nEvent: Upper Conf\n---\n");
        temp.Write("content/event/toml/index.md", "+++\nTITLE = \"Toml Title\"\nDaTe = 2021-05-06\n+++\n");
        temp.Write("content/event/lower-then-upper/index.md", "---\ntitle: lower first\nTitle: Upper second\ndate: 2021-01-01\n---\n");
        temp.Write("content/event/upper-then-lower/index.md", "---\nTitle: Upper first\ntitle: lower second\nDATE: 2021-01-02\n---\n");

        var (pages, failure) = SiteGenerator.Read(temp.Path);
        Assert.Null(failure);
        var read = new TalkReader().Read([Path.Combine(temp.Path, "content")], TestContext.Current.CancellationToken);
        var ours = read.Talks.ToDictionary(t => Path.GetRelativePath(temp.Path, t.Source.FullPath!).Replace('\\', '/'), StringComparer.Ordinal);

        var hugo = pages.Where(p => p.Path.EndsWith("/index.md", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, hugo.Count);
        foreach (var page in hugo)
        {
            var talk = ours.GetValueOrDefault(page.Path);
            Assert.True(talk is not null, $"{page.Path}: not read; {string.Join(" | ", read.Diagnostics)}");
            Assert.Equal((page.Path, page.Title, page.Date), (page.Path, talk.Title, talk.Date?.ToString()));
        }

        var upper = ours["content/event/upper/index.md"];
        Assert.Equal(("Upper Conf", "Short."), (upper.Venue, upper.Abstract));
        Assert.Empty(upper.Extra);
    }

    [Fact]
    public void JekyllRecords_KeyWithCapitals_IsNotTheTitle()
    {
        using var temp = new TempDirectory();
        temp.Write("_config.yml", "collections:\n  talks:\n    output: true\n");
        temp.Write("_talks/2021-01-06-both.md", "---\nTitle: Upper Title\ntitle: lower title\ndate: 2021-03-04\nvenue: Conf\n---\n");

        var (pages, failure) = SiteGenerator.Read(temp.Path);
        Assert.Null(failure);
        var talk = Assert.Single(new TalkReader().Read([temp.Path], TestContext.Current.CancellationToken).Talks);

        Assert.Equal("lower title", Assert.Single(pages).Title);
        Assert.Equal("lower title", talk.Title);
        Assert.Equal("Upper Title", talk.Extra.Single(e => e.Key == "Title").Value.AsString());
    }
}
