using TalkExport.Core.Model;

namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// Hugo Blox's <c>links:</c> buttons (<c>hugo-blox/modules/blox/layouts/_partials/functions/build_links.html</c>,
/// labels from <c>page_links.html:10-31</c>) as talk links: every type the theme knows, and the order
/// against the keys that give the same link.
/// </summary>
public sealed class HugoLinksTests
{
    private const string Url = "https://files.example.org/x";

    [Theory]
    [InlineData("slides", "slides")] // "Slides"
    [InlineData("pdf", "slides")] // "PDF", as url_pdf (a talk's PDF is its slides)
    [InlineData("video", "video")] // "Video"
    [InlineData("code", "code")] // "Code"
    [InlineData("event", "event")] // "Event"
    [InlineData("preprint", "")]
    [InlineData("doi", "")]
    [InlineData("dataset", "")]
    [InlineData("model", "")]
    [InlineData("poster", "")]
    [InlineData("project", "")]
    [InlineData("site", "")]
    [InlineData("source", "")]
    [InlineData("canonical", "")]
    [InlineData("crosspost", "")]
    [InlineData("discussion", "")]
    [InlineData("calendar", "")]
    [InlineData("registration", "")]
    [InlineData("demo", "")]
    [InlineData("bibtex", "")]
    public void Map_LinkOfEachType_IsTheTalkLinkTheThemeLabelsIt(string type, string field)
    {
        var talk = Map($"links:\n  - type: {type}\n    url: {Url}\n");

        Assert.Equal(field, Field(talk.Links, Url));
        Assert.Contains(talk.Extra, e => e.Key == "links"); // the list itself is kept
    }

    [Theory]
    [InlineData("label: Slides", "slides")]
    [InlineData("name: Recording\n    icon: brands/youtube", "")]
    [InlineData("name: Repository", "code")]
    [InlineData("icon: brands/github", "code")]
    [InlineData("name: PDF", "slides")]
    [InlineData("name: Event", "event")]
    public void Map_CustomLink_IsKnownByItsLabelOrIcon(string label, string field)
    {
        // A link without a type is "custom" (build_links.html:39); an explicit custom is the same.
        foreach (var type in new[] { "", "type: custom\n    " })
        {
            var talk = Map($"links:\n  - {type}{label}\n    url: {Url}\n");

            Assert.Equal(field, Field(talk.Links, Url));
        }
    }

    [Fact]
    public void Map_SeveralLinks_KeysFirstThenSlidesBeforePdfThenTheEventNameLink()
    {
        var links = "links:\n  - type: pdf\n    url: https://a.example.org/paper.pdf\n  - type: slides\n    url: https://a.example.org/slides\n  - type: event\n    url: https://conf.example.org/\n";

        var fromLinks = Map(links + "event: '[Conf](https://name.example.org/)'\n");
        var fromKeys = Map(links + "url_slides: https://keys.example.org/slides\nevent_url: https://keys.example.org/conf\n");

        Assert.Equal(("https://a.example.org/slides", "https://conf.example.org/"), (fromLinks.Links.Slides, fromLinks.Links.Event));
        Assert.Equal(("https://keys.example.org/slides", "https://keys.example.org/conf"), (fromKeys.Links.Slides, fromKeys.Links.Event));
    }

    private static Talk Map(string keys) =>
        MapperHarness.MapOne("content/events/x/index.md", "---\ntitle: X\ndate: 2024-05-06\n" + keys + "---\n", MapperHarness.Hugo);

    private static string Field(TalkLinks links, string url) =>
        links.Slides == url ? "slides" : links.Video == url ? "video" : links.Code == url ? "code" : links.Event == url ? "event" : "";
}
