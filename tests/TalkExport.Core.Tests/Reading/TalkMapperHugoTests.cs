using TalkExport.Core.Model;
using TalkExport.Core.Reading;

namespace TalkExport.Core.Tests.Reading;

public sealed class TalkMapperHugoTests
{
    private const string Event = """
        ---
        title: 'Ships and Sails'
        event: Annual Meeting of the Navy Society
        event_url: https://navy.example/2022
        location: Harbour Hall
        address:
          street:
          city: Belfast
          region: Northern Ireland
          country: Northern Ireland
        summary: Short summary.
        abstract: 'A *long* abstract.'
        date: '2022-09-21T23:30:00-05:00'
        date_end: '2022-09-23T10:00:00Z'
        publishDate: '2020-01-01T00:00:00Z'
        authors:
          - admin
          - kay
          - Jean Bartik
        tags: [ships]
        featured: false
        url_pdf: ships.pdf
        url_video: https://youtu.be/ships
        url_code: ''
        links:
          - name: Repo
            icon: github
            url: https://github.com/grace/ships
        ---
        """;

    [Fact]
    public void Map_EventBundle_MapsEveryField()
    {
        var talk = MapperHarness.MapOne("content/event/Ships_2022/index.md", Event, MapperHarness.Hugo);

        Assert.Equal("Ships and Sails", talk.Title);
        Assert.Equal(new TalkDate(2022, 9, 21), talk.Date);
        Assert.Equal(new TalkDate(2022, 9, 23), talk.EndDate);
        Assert.Equal(["Grace Hopper", "Kay McNulty", "Jean Bartik"], talk.Authors.Select(a => a.Name));
        Assert.Equal("Annual Meeting of the Navy Society", talk.Venue);
        Assert.Equal("Belfast, Northern Ireland", talk.Location);
        Assert.Equal("A long abstract.", talk.Abstract);
        Assert.Equal("https://grace.example.org/event/ships_2022/", talk.Links.Page);
        // url_pdf is site-relative (relURL) when the bundle holds no ships_2022.pdf (HugoBundleLinkTests has the bundle cases).
        Assert.Equal("https://grace.example.org/ships.pdf", talk.Links.Slides);
        Assert.Equal("https://youtu.be/ships", talk.Links.Video);
        Assert.Equal("https://navy.example/2022", talk.Links.Event);
        Assert.Equal("https://github.com/grace/ships", talk.Links.Code);
        Assert.Equal("Harbour Hall", talk.Institution);
        Assert.Equal(["publishDate", "featured", "links"], talk.Extra.Select(e => e.Key));
    }

    [Fact]
    public void Map_OldAcademicTimeStart_IsTheEventDateNotThePublishDate()
    {
        // Hugo Academic v3 layouts/partials/talk_li_simple.html: {{ .Params.time_start | default .Date }}.
        const string Old = """
            +++
            date = 2009-01-01T00:00:00
            title = "Budding yeast"
            time_start = 2009-03-24T13:00:00
            time_end = 2009-03-27T15:00:00
            location = "Harbour Hall, Belfast"
            +++
            """;
        var talk = MapperHarness.MapOne("content/talk/yeast.md", Old, MapperHarness.Hugo);

        Assert.Equal(new TalkDate(2009, 3, 24), talk.Date);
        Assert.Equal(new TalkDate(2009, 3, 27), talk.EndDate);
        Assert.Equal("Harbour Hall, Belfast", talk.Location);
        Assert.Null(talk.Institution);
    }

    [Fact]
    public void Map_SectionPermalinkWithSlug_UsesUrlizedTitle()
    {
        var site = MapperHarness.Hugo with { CollectionPermalinks = new Dictionary<string, string> { ["event"] = "/talk/:slug/" } };

        var talk = MapperHarness.MapOne("content/event/X/index.md", "---\ntitle: 'Ships: and Sails'\ndate: 2022-01-01\n---\n", site);

        Assert.Equal("https://grace.example.org/talk/ships-and-sails/", talk.Links.Page);
    }

    [Fact]
    public void Map_HugoBloxKeys_WinOverWowchemysAsHugoBloxShowsThem()
    {
        // hugo-blox README: `event_end | default date_end`; `event_name` is shown, the older `event` no longer.
        var talk = MapperHarness.MapOne("content/events/x/index.md", "---\ntitle: X\nevent_start: 2030-06-01\nevent_end: 2030-06-03\ndate_end: 2030-06-02\nevent_name: New Name\nevent: Old Name\n---\n", MapperHarness.Hugo);

        Assert.Equal(new TalkDate(2030, 6, 3), talk.EndDate);
        Assert.Equal("New Name", talk.Venue);
    }

    [Fact]
    public void Map_EventStart_WinsOverDate()
    {
        var talk = MapperHarness.MapOne("content/event/x/index.md", "---\ntitle: X\ndate: 2017-01-01\nevent_start: 2030-06-01T13:00:00Z\nevent_end: 2030-06-02\n---\n", MapperHarness.Hugo);

        Assert.Equal(new TalkDate(2030, 6, 1), talk.Date);
        Assert.Equal(new TalkDate(2030, 6, 2), talk.EndDate);
    }

    [Fact]
    public void Map_TomlTalk_MapsFields()
    {
        const string text = """
            +++
            title = "Machines that learn"
            date = 2018-06-15
            publishDate = 2019-04-25T21:19:56+02:00
            authors = ["admin"]
            location = "Rode Hoed,   Amsterdam  "
            event = "Science Night"
            abstract = "Should we fear?"
            url_slides = ""
            url_pdf = "machines.pdf"
            tags = []
            [image]
              caption = ""
            +++
            """;

        var talk = MapperHarness.MapOne("content/talk/machines/index.md", text, MapperHarness.Hugo);

        Assert.Equal(new TalkDate(2018, 6, 15), talk.Date);
        Assert.Equal("Grace Hopper", Assert.Single(talk.Authors).Name);
        Assert.Equal("Rode Hoed, Amsterdam", talk.Location);
        Assert.Equal("https://grace.example.org/machines.pdf", talk.Links.Slides);
        Assert.Empty(talk.Tags);
        Assert.Equal(["publishDate", "image"], talk.Extra.Select(e => e.Key));
    }

    [Fact]
    public void Map_DraftTrue_IsSkipped()
    {
        var (talk, diagnostics) = MapperHarness.Map("content/talk/x.md", "---\ntitle: X\ndate: 2020-01-01\ndraft: true\n---\n", MapperHarness.Hugo);

        Assert.Null(talk);
        Assert.Contains(diagnostics, d => d.Code == "TE1110");
    }

    [Fact]
    public void Map_NotAPageBundle_RelativeSlidesJoinSiteUrl()
    {
        var talk = MapperHarness.MapOne("content/talk/x.md", "---\ntitle: X\ndate: 2020-01-01\nurl_slides: files/x.pdf\n---\n", MapperHarness.Hugo);

        Assert.Equal("https://grace.example.org/files/x.pdf", talk.Links.Slides);
        Assert.Equal("https://grace.example.org/talk/x/", talk.Links.Page);
    }

    [Fact]
    public void Map_ImpossibleDate_WarnsAndHasNoDate()
    {
        var (talk, diagnostics) = MapperHarness.Map("content/talk/x.md", "---\ntitle: X\ndate: '2021-02-30'\n---\n", MapperHarness.Hugo);

        Assert.Null(talk!.Date);
        Assert.Contains(diagnostics, d => d.Code == "TE1121" && d.Line == 3);
    }

    [Fact]
    public void Detect_RecordPlaces_GiveDialects()
    {
        var mapper = new TalkMapper(ReaderOptions.Default);
        var doc = new FrontMatterDocument { Format = FrontMatterFormat.Yaml, Values = new FrontMatterMapping([]), Body = "" };

        Assert.Equal("jekyll-posts", mapper.DetectDialect(new RecordFile("/s/talks/_posts/2020-01-01-x.md", "x"), doc, MapperHarness.Jekyll));
        Assert.Equal("academicpages", mapper.DetectDialect(new RecordFile("/s/_talks/x.md", "x"), doc, MapperHarness.Jekyll));
        Assert.Equal("hugo", mapper.DetectDialect(new RecordFile("/s/content/event/x/index.md", "x"), doc, MapperHarness.Hugo));
    }
}
