using TalkExport.Core.Model;

namespace TalkExport.Core.Tests.Reading;

public sealed class TalkMapperAcademicPagesTests
{
    [Fact]
    public void Map_Talk_MapsEveryField()
    {
        const string text = """
            ---
            title: "Compilers for everyone"
            collection: talks
            type: "Conference presentation"
            permalink: /talks/2019-05-01-compilers 
            venue: "PL Days, Room 4"
            date: 2019-05-01
            location: "Arlington,
              Virginia"
            excerpt: "A *short* summary."
            link: "https://pldays.example/2019"
            ---
            The body.
            """;

        var talk = MapperHarness.MapOne("_talks/2019-05-01-compilers.md", text, MapperHarness.Jekyll);

        Assert.Equal("Compilers for everyone", talk.Title);
        Assert.Equal(new TalkDate(2019, 5, 1), talk.Date);
        Assert.Equal(TalkKind.Contributed, talk.Kind);
        Assert.Equal("Arlington, Virginia", talk.Location);
        Assert.Equal("A short summary.", talk.Abstract);
        Assert.Equal("https://ada.example.org/talks/2019-05-01-compilers", talk.Links.Page);
        Assert.Equal("https://pldays.example/2019", talk.Links.Event);
        Assert.Null(talk.Links.Slides);
        Assert.Equal("Ada Lovelace", Assert.Single(talk.Authors).Name);
        Assert.Equal(["collection"], talk.Extra.Select(e => e.Key));
    }

    [Theory]
    [InlineData("projects", false)]
    [InlineData("talks", true)]
    [InlineData("Talks", true)]
    public void Map_StatedCollection_OtherThanTheFolderIsNotATalk(string collection, bool isTalk)
    {
        var (talk, diagnostics) = MapperHarness.Map("_talks/project_x.md", $"---\ntitle: X\ncollection: {collection}\npermalink: /projects/x\ndate: 2019-05-01\n---\n", MapperHarness.Jekyll);

        Assert.Equal(isTalk, talk is not null);
        Assert.Equal(isTalk ? 0 : 1, diagnostics.Count(d => d.Code == "TE1113"));
    }

    [Fact]
    public void Map_LinkToFile_IsSlides()
    {
        var talk = MapperHarness.MapOne("_talks/2019-05-01-x.md", "---\ntitle: X\ndate: 2019-05-01\ntalk_url: files/x-slides.pdf\n---\n", MapperHarness.Jekyll);

        Assert.Equal("https://ada.example.org/files/x-slides.pdf", talk.Links.Slides);
        Assert.Null(talk.Links.Event);
    }

    [Fact]
    public void Map_NoPermalink_UsesCollectionPattern()
    {
        var talk = MapperHarness.MapOne("_talks/2019-05-01-x.md", "---\ntitle: X\ndate: 2019-05-01\n---\n", MapperHarness.Jekyll);

        Assert.Equal("https://ada.example.org/talks/2019-05-01-x/", talk.Links.Page);
    }

    [Fact]
    public void Map_NoCollectionPattern_UsesJekyllDefault()
    {
        var site = MapperHarness.Jekyll with { CollectionPermalinks = new Dictionary<string, string>(), Permalink = null };

        var talk = MapperHarness.MapOne("_talks/x.md", "---\ntitle: X\ndate: 2019-05-01\n---\n", site);

        Assert.Equal("https://ada.example.org/talks/x.html", talk.Links.Page);
    }

    [Fact]
    public void Map_AlFolioInlineItem_TheBodyIsTheTalkAsTheSiteShowsIt()
    {
        var talk = MapperHarness.MapOne("_talks/2022-netsci.md", "---\nlayout: post\ndate: 2022-07-25\ninline: true\n---\n\n[NetSci 2022](https://netsci2022.net/). Invited talk.\n", MapperHarness.Jekyll);

        Assert.Equal("NetSci 2022. Invited talk.", talk.Title);
        Assert.Equal("NetSci 2022", talk.Venue);
        Assert.Equal("https://netsci2022.net/", talk.Links.Event);
        Assert.Null(talk.Abstract);
    }

    [Fact]
    public void Map_FileNameWithSpace_PageUrlEscapedAsJekyll()
    {
        var site = MapperHarness.Jekyll with { CollectionPermalinks = new Dictionary<string, string>(), Permalink = "pretty" };

        var talk = MapperHarness.MapOne("_talks/2023-San Antonio é.md", "---\ntitle: X\n---\n", site);

        Assert.Equal("https://ada.example.org/talks/2023-San%20Antonio%20%C3%A9/", talk.Links.Page);
    }

    // Jekyll's add_permalink_suffix: a collection without its own permalink takes the site style's ending
    // (checked against Jekyll 4.3 by GeneratorOracleTests on sdalcengio and jk-jeon).
    [Theory]
    [InlineData("pretty", "/talks/x/")]
    [InlineData("/blog/:year/:title/", "/talks/x/")]
    [InlineData("date", "/talks/x.html")]
    [InlineData("none", "/talks/x.html")]
    [InlineData("/:categories/:title:output_ext", "/talks/x.html")]
    [InlineData("/:categories/:title", "/talks/x")]
    public void Map_NoCollectionPattern_TakesTheSitePermalinkSuffix(string sitePermalink, string expected)
    {
        var site = MapperHarness.Jekyll with { CollectionPermalinks = new Dictionary<string, string>(), Permalink = sitePermalink };

        var talk = MapperHarness.MapOne("_talks/x.md", "---\ntitle: X\ndate: 2019-05-01\n---\n", site);

        Assert.Equal("https://ada.example.org" + expected, talk.Links.Page);
    }

    [Fact]
    public void Map_NoDateKey_UsesFileNamePrefix()
    {
        var talk = MapperHarness.MapOne("_talks/2020-06-16-lift.md", "---\ntitle: X\n---\n", MapperHarness.Jekyll);

        Assert.Equal(new TalkDate(2020, 6, 16), talk.Date);
    }

    [Theory]
    [InlineData("Poster", TalkKind.Poster)]
    [InlineData("Talk", TalkKind.Talk)]
    [InlineData("Colloquium", TalkKind.Seminar)]
    public void Map_Type_GivesKind(string type, TalkKind expected)
    {
        var talk = MapperHarness.MapOne("_talks/2019-05-01-x.md", $"---\ntitle: On compilers\ndate: 2019-05-01\ntype: \"{type}\"\n---\n", MapperHarness.Jekyll);

        Assert.Equal(expected, talk.Kind);
    }

    [Fact]
    public void Map_KindMapFromConfig_WinsOverRules()
    {
        var options = TalkExport.Core.Reading.ReaderOptions.Default with { KindMap = new Dictionary<string, string> { ["pecha kucha"] = "lecture", ["Poster"] = "talk" } };

        var mapped = MapperHarness.MapOne("_talks/2019-05-01-x.md", "---\ntitle: X\ndate: 2019-05-01\ntype: Pecha Kucha\n---\n", MapperHarness.Jekyll, options);
        var overridden = MapperHarness.MapOne("_talks/2019-05-01-y.md", "---\ntitle: Y\ndate: 2019-05-01\ntype: Poster\n---\n", MapperHarness.Jekyll, options);

        Assert.Equal(TalkKind.Lecture, mapped.Kind);
        Assert.Equal(TalkKind.Talk, overridden.Kind);
    }

    [Fact]
    public void Map_TalkTypeTutorial_IsTutorial()
    {
        var talk = MapperHarness.MapOne("_talks/2019-05-01-x.md", "---\ntitle: X\ndate: 2019-05-01\ntalk_type: Tutorial\n---\n", MapperHarness.Jekyll);

        Assert.Equal(TalkKind.Tutorial, talk.Kind);
    }

    [Fact]
    public void Map_TypeDelegate_IsSkippedWithWarning()
    {
        var (talk, diagnostics) = MapperHarness.Map("_talks/2019-05-01-x.md", "---\ntitle: X\ndate: 2019-05-01\ntype: \"Delegate\"\n---\n", MapperHarness.Jekyll);

        Assert.Null(talk);
        var warning = Assert.Single(diagnostics, d => d.Code == "TE1112");
        Assert.Equal((DiagnosticSeverity.Warning, 4), (warning.Severity, warning.Line));
    }

    [Fact]
    public void Map_NoTitle_IsError()
    {
        var (talk, diagnostics) = MapperHarness.Map("_talks/2019-05-01-x.md", "---\ndate: 2019-05-01\n---\n", MapperHarness.Jekyll);

        Assert.Null(talk);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code == "TE1120");
    }
}
