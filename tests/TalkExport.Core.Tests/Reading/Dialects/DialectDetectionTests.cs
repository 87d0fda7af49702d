using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Tests.Reading.Dialects;

/// <summary>
/// Detection by evidence (<see cref="Dialect.Recognises"/>): each rule of docs/themes.md "How a dialect
/// is chosen", and where two rules meet, the one listed first there wins.
/// </summary>
public sealed class DialectDetectionTests
{
    [Theory]
    [InlineData("/s/docs/talks/_posts/2020-01-01-x.md", "yaml", "", "hugo", "jekyll-posts")] // 1 before any other
    [InlineData("/s/content/_posts/2020-01-01-x.md", "yaml", "", "hugo", "jekyll-posts")] // 1 before 2
    [InlineData("/s/content/talk/x.md", "yaml", "longversion", "hugo", "hugo")] // 2 before 4
    [InlineData("/s/content/talk/x.md", "toml", "", "jekyll", "hugo")] // 2: TOML in content/
    [InlineData("/s/content/_talks/x.md", "yaml", "", "jekyll", "academicpages")] // 2 needs Hugo or TOML, then 3
    [InlineData("/s/_talks/x.md", "yaml", "longversion", "jekyll", "academicpages")] // 3 before 4
    [InlineData("/s/_talks/x.md", "toml", "url_pdf", "", "academicpages")] // 3 before 5
    [InlineData("/s/talks/x.md", "yaml", "overwriteurl", "", "jekyll-posts")] // 4
    [InlineData("/s/talks/x.md", "yaml", "shortversion url_pdf", "hugo", "jekyll-posts")] // 4 before 5
    [InlineData("/s/talks/x.md", "yaml", "event_start", "", "hugo")] // 5: a Hugo key
    [InlineData("/s/talks/x.md", "toml", "", "", "hugo")] // 5: TOML
    [InlineData("/s/talks/x.md", "yaml", "", "hugo", "hugo")] // 5: a Hugo site
    [InlineData("/s/talks/x.md", "yaml", "venue", "", "academicpages")] // 6
    public void Detect_StrongestEvidence_Wins(string path, string format, string keys, string generator, string expected)
    {
        var document = new FrontMatterDocument
        {
            Format = format == "toml" ? FrontMatterFormat.Toml : FrontMatterFormat.Yaml,
            Values = new FrontMatterMapping([.. keys.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(k => new KeyValuePair<string, FrontMatterValue>(k, new FrontMatterScalar("x")))]),
            Body = "",
        };
        var site = new SiteConfig { RootPath = "/s", Generator = generator.Length == 0 ? null : generator };

        Assert.Equal(expected, new TalkMapper(ReaderOptions.Default).DetectDialect(new RecordFile(path, "x.md"), document, site));
    }

    [Fact]
    public void Collections_OfEveryDialect_AreSearchedAndClassifiedAsCollections()
    {
        foreach (var collection in Dialect.All.SelectMany(d => d.Collections))
        {
            Assert.Contains(collection, SiteLayout.Collections);
            Assert.True(SiteLayout.Classify(["site", .. collection.Split('/')]).InCollection, collection);
        }

        Assert.False(SiteLayout.Classify(["site", "content", "post"]).InCollection);
        Assert.Equal((false, true), SiteLayout.Classify(["site", "_posts"]));
    }
}
