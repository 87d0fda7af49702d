using TalkExport.Core.Model;
using TalkExport.Core.Reading;

namespace TalkExport.Core.Tests.Reading;

public sealed class TalkMapperJekyllPostsTests
{
    private const string Post = """
        ---
        title: "Counting   engines:
          a history"
        layout: talks
        imgsrc: /graphics/engine.png
        longversion: "Babbage's engines.</p><p>See <a href='https://vimeo.com/123'>the film</a>."
        shortversion: "Short. <a href='https://www.youtube.com/watch?v=zzz'>Youtube</a>"
        venue: Invited talk, Royal Society, London
        authors: Ada Lovelace, Charles Babbage
        bibtex: "@misc{x, title={Counting}}"
        pdf: talks/slides/engines.pdf
        overwriteurl:
        externallink: https://royalsociety.example/
        tags: [history, engines]
        ---
        Body text.
        """;

    [Theory]
    [InlineData("23 March 2011", "2011-03-23")]
    [InlineData("March 23rd, 2011", "2011-03-23")]
    [InlineData("Wed, 23 Mar 2011 10:00:00 +0000", "2011-03-23")]
    [InlineData("March 2011", "2011-03")]
    public void Map_DateAsJekyllsTimeParseReadsIt(string written, string expected)
    {
        var (talk, diagnostics) = MapperHarness.Map("talks/_posts/2011-01-01-x.md", $"---\ntitle: X\ndate: {written}\n---\n", MapperHarness.Jekyll);

        Assert.Equal(expected, talk!.Date.ToString());
        Assert.DoesNotContain(diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Map_UnreadableDate_KeepsTheFileNamesDate()
    {
        var (talk, diagnostics) = MapperHarness.Map("talks/_posts/2011-3-5-x.md", "---\ntitle: X\ndate: sometime in spring\n---\n", MapperHarness.Jekyll);

        Assert.Equal(new TalkDate(2011, 3, 5), talk!.Date);
        var warning = Assert.Single(diagnostics, d => d.Code == "TE1121");
        Assert.Contains("the file name's date 2011-03-05 is used", warning.Message, StringComparison.Ordinal);
        Assert.Equal("https://ada.example.org/talks/2011/x/", talk.Links.Page);
    }

    [Fact]
    public void Map_Post_MapsEveryField()
    {
        var talk = MapperHarness.MapOne("talks/_posts/2021-03-04-counting-engines.md", Post, MapperHarness.Jekyll);

        Assert.Equal("Counting engines: a history", talk.Title);
        Assert.Equal(new TalkDate(2021, 3, 4), talk.Date);
        Assert.Equal(["Ada Lovelace", "Charles Babbage"], talk.Authors.Select(a => a.Name));
        Assert.Equal(TalkKind.Invited, talk.Kind);
        Assert.Equal("Babbage's engines.\n\nSee the film.", talk.Abstract);
        Assert.Equal("https://vimeo.com/123", talk.Links.Video);
        Assert.Equal("https://ada.example.org/talks/2021/counting-engines/", talk.Links.Page);
        Assert.Equal("https://ada.example.org/talks/slides/engines.pdf", talk.Links.Slides);
        Assert.Equal("https://royalsociety.example/", talk.Links.Event);
        Assert.Equal("@misc{x, title={Counting}}", talk.BibTeX);
        Assert.Equal(["history", "engines"], talk.Tags);
        Assert.Equal(["layout", "imgsrc"], talk.Extra.Select(e => e.Key));
        Assert.Equal("talks/_posts/2021-03-04-counting-engines.md", talk.Source.Path);
    }

    [Fact]
    public void Map_OverwriteUrl_ReplacesPermalink()
    {
        var talk = MapperHarness.MapOne("talks/_posts/2021-03-04-x.md", "---\ntitle: X\noverwriteurl: https://elsewhere.example/x\n---\n", MapperHarness.Jekyll);

        Assert.Equal("https://elsewhere.example/x", talk.Links.Page);
    }

    [Fact]
    public void Map_NoAuthors_IsSiteOwner()
    {
        var talk = MapperHarness.MapOne("talks/_posts/2021-03-04-x.md", "---\ntitle: X\nauthors: \n---\n", MapperHarness.Jekyll);

        var owner = Assert.Single(talk.Authors);
        Assert.Equal(("Ada", "Lovelace"), (owner.Given, owner.Family));
    }

    [Fact]
    public void Map_VideoOnlyEmbedded_UsesIframeSource()
    {
        var talk = MapperHarness.MapOne("talks/_posts/2021-03-04-x.md", "---\ntitle: X\nlongversion: \"Watch:<iframe src='https://www.youtube.com/embed/q'></iframe>\"\n---\n", MapperHarness.Jekyll);

        Assert.Equal("https://www.youtube.com/embed/q", talk.Links.Video);
        Assert.Equal("Watch:", talk.Abstract);
    }

    [Fact]
    public void Map_NoLongOrShortVersion_AbstractIsBody()
    {
        var talk = MapperHarness.MapOne("talks/_posts/2021-03-04-x.md", "---\ntitle: X\n---\nA **bold** body.\n\nSecond.\n", MapperHarness.Jekyll);

        Assert.Equal("A bold body.\n\nSecond.", talk.Abstract);
    }

    [Fact]
    public void Map_PostWithoutDatePrefix_IsSkippedWithInfo()
    {
        var (talk, diagnostics) = MapperHarness.Map("talks/_posts/default-post.md", "---\ntitle: Template\n---\n", MapperHarness.Jekyll);

        Assert.Null(talk);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Code == "TE1111");
    }

    [Fact]
    public void Map_ImpossibleDateInFileName_IsError()
    {
        var (talk, diagnostics) = MapperHarness.Map("talks/_posts/2021-02-30-x.md", "---\ntitle: X\n---\n", MapperHarness.Jekyll);

        Assert.Null(talk);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code == "TE1121");
    }

    [Fact]
    public void Map_PublishedFalse_SkippedUnlessDraftsIncluded()
    {
        const string text = "---\ntitle: X\npublished: false\n---\n";

        var (skipped, diagnostics) = MapperHarness.Map("talks/_posts/2021-03-04-x.md", text, MapperHarness.Jekyll);
        var included = MapperHarness.MapOne("talks/_posts/2021-03-04-x.md", text, MapperHarness.Jekyll, ReaderOptions.Default with { IncludeDrafts = true });

        Assert.Null(skipped);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Code == "TE1110" && d.Line == 3);
        Assert.True(included.IsDraft);
    }

    [Fact]
    public void Map_Alias_MapsExtraKeyToField()
    {
        var options = ReaderOptions.Default with { Aliases = new Dictionary<string, string> { ["speaker"] = "authors", ["recording"] = "links.video" } };

        var talk = MapperHarness.MapOne("talks/_posts/2021-03-04-x.md", "---\ntitle: X\nspeaker: Grace Hopper\nrecording: https://youtu.be/r\n---\n", MapperHarness.Jekyll, options);

        Assert.Equal("Grace Hopper", Assert.Single(talk.Authors).Name);
        Assert.Equal("https://youtu.be/r", talk.Links.Video);
        Assert.Empty(talk.Extra);
    }

    [Fact]
    public void Map_UnknownSiteUrl_LinksStayRelative()
    {
        var site = MapperHarness.Jekyll with { BaseUrl = null };

        var (talk, diagnostics) = MapperHarness.Map("talks/_posts/2021-03-04-x.md", "---\ntitle: X\npdf: /talks/slides/x.pdf\n---\n", site);

        Assert.Equal("/talks/slides/x.pdf", talk!.Links.Slides);
        Assert.Equal("/talks/2021/x/", talk.Links.Page);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Code == "TE1102");
    }

    [Fact]
    public void Map_DefaultPermalink_IsJekyllDateStyle()
    {
        var site = MapperHarness.Jekyll with { Permalink = null };

        var talk = MapperHarness.MapOne("talks/_posts/2021-03-04-x.md", "---\ntitle: X\n---\n", site);

        Assert.Equal("https://ada.example.org/talks/2021/03/04/x.html", talk.Links.Page);
    }

    [Fact]
    public void Map_ForcedUnknownDialect_IsError()
    {
        var (talk, diagnostics) = MapperHarness.Map("talks/_posts/2021-03-04-x.md", "---\ntitle: X\n---\n", MapperHarness.Jekyll, ReaderOptions.Default with { Dialect = "wordpress" });

        Assert.Null(talk);
        Assert.Contains(diagnostics, d => d.Code == "TE1123");
    }
}
