using TalkExport.Core.Reading;

namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// Jekyll's Liquid in a record: what Jekyll resolves (<c>link</c>, <c>post_url</c>, <c>site.url</c>,
/// <c>site.baseurl</c>, academicpages' <c>base_path</c>) is resolved, anything else is dropped with
/// one TE1125 warning per record; Liquid never reaches a talk as written.
/// </summary>
public sealed class TalkMapperLiquidTests
{
    // A project site: Jekyll's url + baseurl.
    private static readonly SiteConfig ProjectSite = MapperHarness.Jekyll with { BaseUrl = "https://ada.example.org/notes" };

    private static string Post(string frontMatter, string body = "") => $"---\ntitle: Ships\n{frontMatter}---\n{body}";

    [Fact]
    public void Map_LinkTagInBodyMarkdownLink_BecomesTheLinkText()
    {
        var (talk, diagnostics) = MapperHarness.Map("talks/_posts/2020-07-20-ships.md", Post("", "[Paper @ SHIPS 2020]({% link publications/_posts/2020-07-20-ships.md %}) • [Project]({% link projects/sails.md %})\n"), MapperHarness.Jekyll);

        Assert.Equal("Paper @ SHIPS 2020 • Project", talk!.Abstract);
        Assert.DoesNotContain(diagnostics, d => d.Code == "TE1125");
    }

    [Theory]
    [InlineData("publications/_posts/2020-07-20-ships.md", "https://ada.example.org/publications/2020/ships/")] // a post: the site's permalink
    [InlineData("_posts/2020-07-20-ships.md", "https://ada.example.org/2020/ships/")] // no category
    [InlineData("_talks/2019-05-01-sails.md", "https://ada.example.org/talks/2019-05-01-sails/")] // the collection's permalink
    [InlineData("projects/sails.md", "https://ada.example.org/projects/sails/")] // a page: the style's suffix ('/')
    [InlineData("projects/index.md", "https://ada.example.org/projects/")]
    [InlineData("files/sails.pdf", "https://ada.example.org/files/sails.pdf")] // a static file keeps its path
    public void Map_LinkTag_IsThePageUrlJekyllGives(string target, string url)
    {
        var talk = MapperHarness.MapOne("talks/_posts/2020-07-20-ships.md", Post($"externallink: \"{{% link {target} %}}\"\n"), MapperHarness.Jekyll);

        Assert.Equal(url, talk.Links.Event);
    }

    [Fact]
    public void Map_LinkTagOnDefaultDateStyle_PageEndsInHtml()
    {
        var site = MapperHarness.Jekyll with { Permalink = null };

        var talk = MapperHarness.MapOne("talks/_posts/2020-07-20-ships.md", Post("externallink: \"{% link projects/sails.md %}\"\npdf: \"{% link _posts/2020-07-20-ships.md %}\"\n"), site);

        Assert.Equal("https://ada.example.org/projects/sails.html", talk.Links.Event);
        Assert.Equal("https://ada.example.org/2020/07/20/ships.html", talk.Links.Slides);
    }

    [Theory]
    [InlineData("{{ site.baseurl }}/slides/ships.pdf")]
    [InlineData("{{ site.url }}{{ site.baseurl }}/slides/ships.pdf")]
    [InlineData("{{ base_path }}/slides/ships.pdf")]
    [InlineData("{{ '/slides/ships.pdf' | relative_url }}")]
    [InlineData("{{ \"slides/ships.pdf\" | absolute_url }}")]
    [InlineData("{{site.baseurl}}{% link slides/ships.pdf %}")] // Jekyll 3's habit: the base path once
    public void Map_SiteUrlOutputs_GiveTheLinkWithTheBasePathOnce(string written)
    {
        var talk = MapperHarness.MapOne("talks/_posts/2020-07-20-ships.md", Post($"pdf: '{written.Replace("'", "''", StringComparison.Ordinal)}'\n"), ProjectSite);

        Assert.Equal("https://ada.example.org/notes/slides/ships.pdf", talk.Links.Slides);
    }

    [Fact]
    public void Map_SiteUrlInText_IsResolved()
    {
        var talk = MapperHarness.MapOne("_talks/2019-05-01-sails.md", Post("date: 2019-05-01\n", "Slides at {{ site.url }}{{ site.baseurl }}/slides/ and [here]({{ base_path }}/files/x.pdf).\n"), ProjectSite);

        Assert.Equal("Slides at https://ada.example.org/notes/slides/ and here.", talk.Abstract);
    }

    [Fact]
    public void Map_PostUrl_FindsThePostInTheRecordsOwnPostsFolderThenTheSites()
    {
        var root = Directory.CreateTempSubdirectory("te-liquid-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "talks", "_posts"));
            Directory.CreateDirectory(Path.Combine(root, "_posts"));
            File.WriteAllText(Path.Combine(root, "talks", "_posts", "2019-03-01-sails.md"), "");
            File.WriteAllText(Path.Combine(root, "_posts", "2018-01-02-news.markdown"), "");
            var site = MapperHarness.Jekyll with { RootPath = root };
            var text = Post("externallink: \"{% post_url 2019-03-01-sails %}\"\npdf: \"{% post_url 2018-01-02-news %}\"\n");

            var (talk, diagnostics) = MapperHarness.Map("talks/_posts/2020-07-20-ships.md", text, site, root: root);

            Assert.Equal("https://ada.example.org/talks/2019/sails/", talk!.Links.Event);
            Assert.Equal("https://ada.example.org/2018/news/", talk.Links.Slides);
            Assert.DoesNotContain(diagnostics, d => d.Code == "TE1125");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Map_PostUrlOfNoPost_IsDroppedWithWarning()
    {
        var (talk, diagnostics) = MapperHarness.Map("talks/_posts/2020-07-20-ships.md", Post("", "See [the post]({% post_url 2001-01-01-nowhere %}).\n"), MapperHarness.Jekyll);

        Assert.Equal("See the post.", talk!.Abstract);
        Assert.Single(diagnostics, d => d.Code == "TE1125");
    }

    [Fact]
    public void Map_OtherLiquid_IsDroppedWithOneWarningPerRecord()
    {
        var text = Post("venue: '{% if site.show %}Ships{% endif %} Day'\n", "{% include figure.html image=\"x.png\" %}\nBy {{ page.author }}, {{ site.title | upcase }}.\n");

        var (talk, diagnostics) = MapperHarness.Map("talks/_posts/2020-07-20-ships.md", text, MapperHarness.Jekyll);

        Assert.Equal("Ships Day", talk!.Venue);
        Assert.Equal("By , .", talk.Abstract);
        var warning = Assert.Single(diagnostics, d => d.Code == "TE1125");
        Assert.Equal(Model.DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(3, warning.Line); // the venue, the first Liquid dropped
        Assert.Contains("{% if site.show %}", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_RawCommentAndBasePathInclude_ResolveWithoutWarning()
    {
        var body = "{% include base_path %}Write {% raw %}{{ page.title }}{% endraw %} in a layout.{% comment %} draft note {% endcomment %}\n";

        var (talk, diagnostics) = MapperHarness.Map("_talks/2019-05-01-sails.md", Post("date: 2019-05-01\n", body), MapperHarness.Jekyll);

        Assert.Equal("Write {{ page.title }} in a layout.", talk!.Abstract);
        Assert.DoesNotContain(diagnostics, d => d.Code == "TE1125");
    }

    [Fact]
    public void Map_HtmlLongVersionWithLiquid_IsResolved()
    {
        var talk = MapperHarness.MapOne("talks/_posts/2020-07-20-ships.md", Post("longversion: '<p>See <a href=\"{% link projects/sails.md %}\">the project</a>{{ page.x }}.</p>'\n"), MapperHarness.Jekyll);

        Assert.Equal("See the project.", talk.Abstract);
    }

    [Fact]
    public void Map_HugoRecord_RunsNoLiquid()
    {
        // Hugo does not run Liquid: "{{" in a Hugo record is text the page shows.
        var (talk, diagnostics) = MapperHarness.Map("content/event/ships/index.md", "---\ntitle: Ships\ndate: 2022-09-21\nevent: '{{ site.url }} day'\n---\n", MapperHarness.Hugo);

        Assert.Equal("{{ site.url }} day", talk!.Venue);
        Assert.DoesNotContain(diagnostics, d => d.Code == "TE1125");
    }
}
