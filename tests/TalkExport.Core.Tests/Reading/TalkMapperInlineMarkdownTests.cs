namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// Single-line fields as the theme shows them: Hugo themes print the event and location through
/// <c>markdownify</c> and academicpages its title, so their Markdown is rendered; the Jekyll themes
/// print venue and location as written, so the page shows (and the talk keeps) the characters.
/// </summary>
public sealed class TalkMapperInlineMarkdownTests
{
    private static string HugoEvent(string eventLine, string extra = "") =>
        $"---\ntitle: Ships\ndate: 2022-09-21\n{eventLine}\n{extra}---\n";

    [Fact]
    public void Map_HugoEventWithMarkdownLink_IsTheLinkTextAndGivesTheEventLink()
    {
        var talk = MapperHarness.MapOne("content/event/ships/index.md", HugoEvent("event: Retreat of the [Harbour Centre](http://harbour.example/centre/)"), MapperHarness.Hugo);

        Assert.Equal("Retreat of the Harbour Centre", talk.Venue);
        Assert.Equal("http://harbour.example/centre/", talk.Links.Event);
    }

    [Fact]
    public void Map_HugoEventLinkAndEventUrl_EventUrlWins()
    {
        var talk = MapperHarness.MapOne("content/event/ships/index.md", HugoEvent("event: Retreat of the [Centre](http://harbour.example/centre/)", "event_url: https://retreat.example/2022\n"), MapperHarness.Hugo);

        Assert.Equal("Retreat of the Centre", talk.Venue);
        Assert.Equal("https://retreat.example/2022", talk.Links.Event);
    }

    [Theory]
    [InlineData("'Computational Biology, *Harbour Lab*'", "Computational Biology, Harbour Lab")]
    [InlineData("'**Navy** _Society_ meeting'", "Navy Society meeting")]
    [InlineData("'The `sail` workshop'", "The sail workshop")]
    [InlineData("'Ships &amp; Sails &ndash; 2022'", "Ships & Sails – 2022")]
    [InlineData("'Meeting <https://navy.example/>'", "Meeting https://navy.example/")]
    [InlineData("'Price \\*not\\* emphasis'", "Price *not* emphasis")]
    [InlineData("'<em>Ships</em> day'", "Ships day")]
    public void Map_HugoEventInlineMarkdown_IsRenderedToText(string written, string shown)
    {
        var talk = MapperHarness.MapOne("content/event/ships/index.md", HugoEvent("event: " + written), MapperHarness.Hugo);

        Assert.Equal(shown, talk.Venue);
    }

    [Theory]
    [InlineData("ACM FAT* 2020")] // a lone '*' opens no emphasis
    [InlineData("Sea_Ice_Days 2019")] // underscores inside a word are no emphasis
    [InlineData("2019. Annual meeting")] // would be an ordered list as a block: inline only
    [InlineData("- Satellite workshop")] // would be a bullet list
    [InlineData("# Harbour Day")] // would be a heading
    public void Map_HugoEventWithoutInlineMarkdown_StaysAsWritten(string written)
    {
        var talk = MapperHarness.MapOne("content/event/ships/index.md", HugoEvent($"event: \"{written}\""), MapperHarness.Hugo);

        Assert.Equal(written, talk.Venue);
        Assert.Null(talk.Links.Event);
    }

    [Fact]
    public void Map_HugoLocationMarkdown_IsRenderedButGivesNoEventLink()
    {
        var talk = MapperHarness.MapOne("content/event/ships/index.md", HugoEvent("location: '[Harbour Hall](https://hall.example/), *Belfast*'"), MapperHarness.Hugo);

        Assert.Equal("Harbour Hall, Belfast", talk.Location);
        Assert.Null(talk.Links.Event);
    }

    [Fact]
    public void Map_JekyllPostVenue_KeepsMarkdownCharactersTheThemePrintsAsWritten()
    {
        // The seed's _layouts/talks.html: <em>{{ page.venue }}</em>; the page shows the asterisks.
        var talk = MapperHarness.MapOne("talks/_posts/2020-11-05-ships.md", "---\ntitle: Ships\nvenue: 'Day of *Ships*'\nlocation: '[Hall](https://hall.example/)'\n---\n", MapperHarness.Jekyll);

        Assert.Equal("Day of *Ships*", talk.Venue);
        Assert.Equal("[Hall](https://hall.example/)", talk.Location);
        Assert.Null(talk.Links.Event);
    }

    [Fact]
    public void Map_AcademicPagesTitle_IsRenderedAndVenueIsNot()
    {
        // academicpages _layouts/talk.html: {{ page.title | markdownify | remove: "<p>" | remove: "</p>" }},
        // but {{ page.venue }} as written.
        var talk = MapperHarness.MapOne("_talks/2019-05-01-compilers.md", "---\ntitle: 'Compilers for *everyone*'\ndate: 2019-05-01\nvenue: 'PL *Days*'\n---\n", MapperHarness.Jekyll);

        Assert.Equal("Compilers for everyone", talk.Title);
        Assert.Equal("PL *Days*", talk.Venue);
    }
}
