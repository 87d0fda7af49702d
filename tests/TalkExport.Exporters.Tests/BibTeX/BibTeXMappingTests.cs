using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Exporters.BibTeX;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.BibTeX;

public sealed class BibTeXMappingTests
{
    // Shaped like the seed record (fictional values).
    private static readonly Talk Seminar = new()
    {
        Key = "sjoberg2020uncertainty",
        Title = "Uncertainty in deep learning",
        Date = new TalkDate(2020, 11, 5),
        Authors = [BibTeXFixtures.Ingrid],
        Kind = TalkKind.Seminar,
        Venue = "Learning Machines Seminars at RISE",
        Tags = ["default", "uncertainty"],
        Links = new TalkLinks
        {
            Page = "https://isjoberg.example.org/talks/2020/uncertainty/",
            Slides = "https://isjoberg.example.org/talks/slides/u.pdf",
            Video = "https://www.youtube.com/watch?v=x&list=y_z&index=3",
            Event = "https://ri.se/en/seminars/",
        },
        Source = new SourceLocation("talks/_posts/2020-11-05-uncertainty.md"),
    };

    [Fact]
    public void FormatEntry_BibTeXDialect_PortableMisc()
    {
        var text = BibTeXExporter.FormatEntry(Seminar, BibTeXOptions.Default);

        Assert.Equal(
            """
            @misc{sjoberg2020uncertainty,
              author       = {Sj{\"o}berg, Ingrid},
              title        = {Uncertainty in deep learning},
              howpublished = {Seminar, {Learning} {Machines} {Seminars} at {RISE}},
              month        = nov,
              year         = {2020},
              url          = {https://isjoberg.example.org/talks/2020/uncertainty/},
              note         = {Slides: \url{https://isjoberg.example.org/talks/slides/u.pdf}; Video: \url{https://www.youtube.com/watch?v=x&list=y_z&index=3}; Event: \url{https://ri.se/en/seminars/}},
              keywords     = {uncertainty}
            }
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Map_BibLaTeXDialect_UnpublishedWithEventFieldsAndRange()
    {
        var talk = Seminar with { EndDate = new TalkDate(2020, 11, 6), Location = "Göteborg, Sweden", Kind = TalkKind.Invited };

        var entry = BibTeXMapping.Map(talk, BibTeXOptions.Default with { Dialect = BibTeXDialect.BibLaTeX });

        Assert.Equal("unpublished", entry.Type);
        Assert.Equal(
            ["author", "title", "type", "eventtitle", "eventdate", "venue", "date", "url", "addendum", "keywords"],
            entry.Fields.Select(f => f.Name));
        Assert.Equal("Sjöberg, Ingrid", entry["author"]);
        Assert.Equal("Invited talk", entry["type"]);
        Assert.Equal("2020-11-05/2020-11-06", entry["eventdate"]);
        Assert.Equal("{Göteborg}, {Sweden}", entry["venue"]);
        Assert.Equal("2020-11-05", entry["date"]);
        Assert.Null(entry["year"]);
    }

    [Theory]
    [InlineData(TalkKind.Talk, "Talk")]
    [InlineData(TalkKind.Invited, "Invited talk")]
    [InlineData(TalkKind.Keynote, "Keynote")]
    [InlineData(TalkKind.Contributed, "Contributed talk")]
    [InlineData(TalkKind.Poster, "Poster")]
    public void Map_Kind_LabelLeadsHowpublished(TalkKind kind, string label) =>
        Assert.Equal(label, BibTeXMapping.Map(Seminar with { Kind = kind, Venue = null }, BibTeXOptions.Default)["howpublished"]);

    [Theory]
    [InlineData("Invited talk, Astra Zeneca", "{Invited} talk, {Astra} {Zeneca}")]
    [InlineData("Invited Talk at Astra Zeneca", "{Invited} {Talk} at {Astra} {Zeneca}")]
    [InlineData("Invitedtalks club", "Invited talk, {Invitedtalks} club")]
    public void Map_VenueStartsWithKind_LabelNotRepeated(string venue, string expected) =>
        Assert.Equal(expected, BibTeXMapping.Map(Seminar with { Kind = TalkKind.Invited, Venue = venue, Location = null }, BibTeXOptions.Default)["howpublished"]);

    [Fact]
    public void Map_NoPage_SlidesBecomeUrlOthersGoToNote()
    {
        var entry = BibTeXMapping.Map(Seminar with { Links = Seminar.Links with { Page = null } }, BibTeXOptions.Default);

        Assert.Equal("https://isjoberg.example.org/talks/slides/u.pdf", entry["url"]);
        Assert.DoesNotContain("Slides:", entry["note"], StringComparison.Ordinal);
    }

    [Fact]
    public void Map_UnsafeLinks_LeftOutOfNoteWithWarning()
    {
        var links = new TalkLinks { Page = "https://e.org/a b/{x}", Slides = "https://e.org/100%25.pdf", Video = "https://e.org/v#t=1" };

        var entry = BibTeXMapping.Map(Seminar with { Links = links }, BibTeXOptions.Default);

        Assert.Equal("https://e.org/a%20b/%7Bx%7D", entry["url"]);
        Assert.Null(entry["note"]);
        Assert.Equal(2, entry.Warnings.Count(w => w.Code == BibTeXDiagnosticCodes.LinkLeftOut));
        Assert.All(entry.Warnings, w => Assert.Equal("talks/_posts/2020-11-05-uncertainty.md", w.Path));
    }

    [Fact]
    public void Map_NoAuthors_SiteOwnerIsAuthor()
    {
        var entry = BibTeXMapping.Map(Seminar with { Authors = [] }, BibTeXOptions.Default with { Owner = "Anna van der Berg" });
        Assert.Equal("van der Berg, Anna", entry["author"]);
    }

    [Fact]
    public void Map_NoAuthorsOwnerPinnedFamilyGiven_KeepsTheCompoundFamily()
    {
        var entry = BibTeXMapping.Map(Seminar with { Authors = [] }, BibTeXOptions.Default with { Owner = "Degli Alberti, Ada" });
        Assert.Equal("Degli Alberti, Ada", entry["author"]);
    }

    [Fact]
    public void FormatEntry_ReadWithPinnedOwner_RecordsNamingTheOwnerKeepTheSplit()
    {
        using var site = new TempDirectory();
        site.Write("_config.yml", "name: Ada Degli Alberti\n");
        site.Write("talks/_posts/2020-01-01-sea-ice.md", "---\ntitle: Sea ice\nauthors: Ada Degli Alberti, Jonas Eik\n---\n");
        var read = new TalkReader(ReaderOptions.Default with { Owner = "Degli Alberti, Ada" }).Read([site.Path], TestContext.Current.CancellationToken);

        var entry = BibTeXExporter.FormatEntry(Assert.Single(read.Talks), BibTeXOptions.Default with { Owner = read.Site.Owner });

        Assert.Contains("author       = {Degli Alberti, Ada and Eik, Jonas},", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_NoAuthorsNoOwnerNoDate_Warned()
    {
        var entry = BibTeXMapping.Map(Seminar with { Authors = [], Date = null }, BibTeXOptions.Default);

        Assert.Null(entry["author"]);
        Assert.Null(entry["year"]);
        Assert.Contains(entry.Warnings, w => w.Code == BibTeXDiagnosticCodes.NoAuthor);
        Assert.Contains(entry.Warnings, w => w.Code == BibTeXDiagnosticCodes.NoDate);
    }

    [Fact]
    public void Map_YearOnly_NoMonthMacro()
    {
        var entry = BibTeXMapping.Map(Seminar with { Date = new TalkDate(2019) }, BibTeXOptions.Default);
        Assert.Null(entry["month"]);
        Assert.Equal("2019", entry["year"]);
    }

    [Fact]
    public void Map_KeepUtf8_NoAccentCommands()
    {
        var entry = BibTeXMapping.Map(Seminar, BibTeXOptions.Default with { KeepUtf8 = true });
        Assert.Equal("Sjöberg, Ingrid", entry["author"]);
    }

    [Fact]
    public void Map_IgnoreTags_LeftOutOfKeywordsIgnoringCase()
    {
        var entry = BibTeXMapping.Map(Seminar with { Tags = ["Default", "x", "Site"] }, BibTeXOptions.Default with { IgnoreTags = ["default", "site"] });
        Assert.Equal("x", entry["keywords"]);
    }

    [Fact]
    public void Map_EmojiTitle_KeptAndWarnedOnce()
    {
        var entry = BibTeXMapping.Map(Seminar with { Title = "Robots 🤖 and 深度", Venue = "🤖 Day" }, BibTeXOptions.Default);

        Assert.Equal("Robots 🤖 and 深度", entry["title"]);
        Assert.Single(entry.Warnings, w => w.Code == BibTeXDiagnosticCodes.NeedsUnicodeEngine);
    }

    [Fact]
    public void Map_UnusableKey_ReplacedByNaturalKeyWithWarning()
    {
        var entry = BibTeXMapping.Map(Seminar with { Key = "bad key,{x}" }, BibTeXOptions.Default);

        Assert.Equal("sjoberg2020uncertainty", entry.Key);
        Assert.Contains(entry.Warnings, w => w.Code == BibTeXDiagnosticCodes.BadKey);
    }

    [Fact]
    public void Map_NoKey_NaturalOrExistingBibTeXKey()
    {
        Assert.Equal("sjoberg2020uncertainty", BibTeXMapping.Map(Seminar with { Key = "" }, BibTeXOptions.Default).Key);
        Assert.Equal("Mine2020", BibTeXMapping.Map(Seminar with { Key = "", BibTeX = "@misc{Mine2020,\n}" }, BibTeXOptions.Default).Key);
    }
}
