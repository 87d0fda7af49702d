using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Oracles;

/// <summary>
/// Page URLs and dates of a fictional Jekyll site (records' own permalinks with placeholders, site and
/// collection permalink styles, file names with one-digit months and spaces, Time.parse dates)
/// compared with what Jekyll 4.3 itself reads.
/// </summary>
public sealed class JekyllPathOracleTests
{
    [Theory]
    [InlineData("")]
    [InlineData("permalink: pretty\n")]
    [InlineData("permalink: /:categories/:title\n")]
    [InlineData("permalink: /blog/:year/:month/:title/\n")]
    public void PageUrlsAndDates_EqualJekylls(string sitePermalink)
    {
        using var temp = new TempDirectory();
        var site = temp.Path;
        temp.Write("_config.yml", "url: https://ada.example.org\n" + sitePermalink + "collections:\n  talks:\n    output: true\n");
        temp.Write("_talks/2020-1-5-one digit.md", "---\ntitle: One\n---\n");
        temp.Write("_talks/plain.md", "---\ntitle: Plain\ndate: 23 March 2011\n---\n");
        temp.Write("_talks/own.md", "---\ntitle: Own\ndate: 2021-04-05\npermalink: /:collection/:year/custom-:title/\n---\n");
        temp.Write("_talks/literal.md", "---\ntitle: Literal\ndate: 2021-04-06\npermalink: /somewhere/else.html\n---\n");
        temp.Write("_talks/2020-02-03-Dated Name (x).md", "---\ntitle: Dated\npermalink: /:collection/:title/:slug/\n---\n");
        temp.Write("talks/_posts/2019-7-8-post one.md", "---\ntitle: Post\n---\n");
        temp.Write("talks/_posts/2019-07-09-own.md", "---\ntitle: Own post\npermalink: /:year/:month/own-:title/\n---\n");
        temp.Write("talks/_posts/2019-07-10-dated.md", "---\ntitle: Dated\ndate: March 23rd, 2011\ncategories: [Invited, talks]\n---\n");

        var (pages, failure) = SiteGenerator.Read(site);
        Assert.Null(failure);
        var read = new TalkReader().Read([site], TestContext.Current.CancellationToken);
        var ours = read.Talks.ToDictionary(t => Path.GetRelativePath(site, t.Source.FullPath!).Replace('\\', '/'), StringComparer.Ordinal);

        var differences = new List<string>();
        foreach (var page in pages)
        {
            if (!ours.TryGetValue(page.Path, out var talk))
            {
                differences.Add($"{page.Path}: not read");
                continue;
            }

            if (talk.Links.Page != page.Url)
            {
                differences.Add($"{page.Path}: url ours {talk.Links.Page} | jekyll {page.Url}");
            }

            if (talk.Date?.ToString() != page.Date)
            {
                differences.Add($"{page.Path}: date ours {talk.Date} | jekyll {page.Date}");
            }
        }

        Assert.Equal(8, pages.Count);
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }
}
