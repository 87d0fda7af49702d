using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Tests.Reading;

/// <summary>Liquid's own syntax rules as the resolver applies them, without a record around them.</summary>
public sealed class JekyllLiquidTests
{
    private static readonly JekyllSiteUrls Urls = new(MapperHarness.Jekyll with { BaseUrl = "https://ada.example.org/notes" }, MapperHarness.Root + "/talks/_posts/2020-01-01-x.md");

    [Theory]
    [InlineData("Ships  {{- site.baseurl -}}  day", "Ships/notesday")] // '-' trims the whitespace on its side
    [InlineData("a {%- comment -%} gone {%- endcomment -%} b", "ab")]
    [InlineData("{%raw%}{% link x.md %}{%endraw%}", "{% link x.md %}")]
    [InlineData("x {{- 'y' }} z", "xy z")]
    [InlineData("no tags { at all }", "no tags { at all }")]
    [InlineData("open {{ site.url never closed", "open {{ site.url never closed")] // Liquid refuses it: no tag, text
    public void Resolve_Syntax(string written, string resolved)
    {
        Assert.Equal(resolved, JekyllLiquid.Resolve(written, Urls, out var dropped));
        Assert.Null(dropped);
    }

    [Fact]
    public void Resolve_UnknownOutputAndTag_AreDroppedAndTheFirstIsNamed()
    {
        var text = JekyllLiquid.Resolve("A{{ page.title }}B{% assign x = 1 %}C", Urls, out var dropped);

        Assert.Equal("ABC", text);
        Assert.Equal("{{ page.title }}", dropped);
    }

    [Fact]
    public void Link_PathOutOfTheSite_IsNoLink()
    {
        Assert.Null(Urls.Link("../secrets/x.md"));
        Assert.Null(Urls.PostUrl("../../etc/2020-01-01-passwd"));
    }

    [Fact]
    public void SiteUrls_WithoutSiteUrl_AreEmpty()
    {
        var urls = new JekyllSiteUrls(SiteConfig.None, "/elsewhere/x.md");

        Assert.Equal("/slides/x.pdf", JekyllLiquid.Resolve("{{ site.url }}{{ site.baseurl }}/slides/x.pdf", urls, out _));
    }
}
