using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Orcid;
using TalkExport.Exporters.Orcid.Mapping;

namespace TalkExport.Exporters.Tests.Orcid;

public sealed class OrcidWorkMappingTests
{
    private static readonly OrcidMappingOptions Options = new() { Site = OrcidTestTalks.Site, Citation = t => $"@misc{{{t.Key},\n  title = {{{t.Title}}}\n}}" };

    [Fact]
    public void Map_SeedLikeTalk_GivesTitleVenueDateTypeCitationAndIds()
    {
        var work = OrcidWorkMapping.Map(OrcidTestTalks.SeedLike, Options);

        Assert.Equal("Uncertainty in deep learning", work.Title);
        Assert.Equal("Learning Machines Seminars at RISE Research Institutes of Sweden", work.JournalTitle);
        Assert.Equal(("2020", "11", "05"), (work.PublicationDate!.Year, work.PublicationDate.Month, work.PublicationDate.Day));
        Assert.Equal("public-speech", work.Type);
        Assert.Equal("bibtex", work.Citation!.Type);
        Assert.StartsWith("@misc{mogren2020uncertainty,", work.Citation.Value, StringComparison.Ordinal);
        var self = Assert.Single(work.ExternalIds, i => i.Relationship == "self");
        Assert.Equal(("uri", OrcidTestTalks.SeedLike.Links.Slides), (self.Type, self.Value));
        var partOf = Assert.Single(work.ExternalIds, i => i.Relationship == "part-of");
        Assert.Equal(OrcidTestTalks.SeedLike.Links.Event, partOf.Value);
        Assert.Equal(OrcidTestTalks.SeedLike.Links.Slides, work.Url);
        var author = Assert.Single(work.Contributors);
        Assert.Equal(("Olof Mogren", "first", "author"), (author.CreditName, author.Sequence, author.Role));
        Assert.Contains("\n\n", work.ShortDescription, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TalkKind.Contributed, "conference-presentation", "lecture-speech")]
    [InlineData(TalkKind.Invited, "public-speech", "lecture-speech")]
    [InlineData(TalkKind.Keynote, "public-speech", "lecture-speech")]
    [InlineData(TalkKind.Seminar, "public-speech", "lecture-speech")]
    [InlineData(TalkKind.Panel, "public-speech", "lecture-speech")]
    [InlineData(TalkKind.Talk, "public-speech", "lecture-speech")]
    [InlineData(TalkKind.Lecture, "lecture-speech", "lecture-speech")]
    [InlineData(TalkKind.Tutorial, "lecture-speech", "lecture-speech")]
    [InlineData(TalkKind.Poster, "conference-poster", "conference-poster")]
    public void Type_EachKind_FollowsTheTable(TalkKind kind, string type, string legacyType)
    {
        Assert.Equal(type, OrcidWorkTypes.For(kind, legacy: false));
        Assert.Equal(legacyType, OrcidWorkTypes.For(kind, legacy: true));
    }

    [Fact]
    public void Map_YearOrMonthOnly_SendsOnlyWhatIsKnown()
    {
        var year = OrcidWorkMapping.Map(OrcidTestTalks.SeedLike with { Date = new TalkDate(2021) }, Options).PublicationDate!;
        var month = OrcidWorkMapping.Map(OrcidTestTalks.SeedLike with { Date = new TalkDate(2019, 3) }, Options).PublicationDate!;

        Assert.Equal(("2021", null, null), (year.Year, year.Month, year.Day));
        Assert.Equal(("2019", "03", null), (month.Year, month.Month, month.Day));
    }

    [Fact]
    public void Map_YearOutsideOrcidRange_LeavesDateOutWithWarning()
    {
        var diagnostics = new List<Diagnostic>();
        var work = OrcidWorkMapping.Map(OrcidTestTalks.SeedLike with { Date = new TalkDate(1850, 1, 1) }, Options, diagnostics.Add);

        Assert.Null(work.PublicationDate);
        Assert.Contains(diagnostics, d => d.Code == OrcidDiagnosticCodes.DateOutOfRange && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Map_OverlongValues_AreCutToLimitsWithWarnings()
    {
        var diagnostics = new List<Diagnostic>();
        var talk = OrcidTestTalks.SeedLike with
        {
            Title = new string('t', 2000),
            Abstract = string.Concat(Enumerable.Repeat("word ", 2000)),
            Authors = [Person.FromLiteral(new string('n', 200))],
        };

        var work = OrcidWorkMapping.Map(talk, Options, diagnostics.Add);

        Assert.InRange(work.Title.Length, 900, OrcidLimits.Title);
        Assert.EndsWith("…", work.Title, StringComparison.Ordinal);
        Assert.InRange(work.ShortDescription!.Length, 4900, OrcidLimits.ShortDescription);
        Assert.InRange(work.Contributors[0].CreditName.Length, 100, OrcidLimits.CreditName);
        Assert.Equal(3, diagnostics.Count(d => d.Code == OrcidDiagnosticCodes.ValueCut));
        Assert.All(diagnostics, d => Assert.Equal("talks/_posts/2020-11-05-uncertainty-in-deep-learning.md", d.Path));
    }

    [Fact]
    public void Map_UrlLongerThan350_IsDroppedWithWarning()
    {
        var diagnostics = new List<Diagnostic>();
        var talk = OrcidTestTalks.SeedLike with { Links = new TalkLinks { Page = "https://example.org/" + new string('p', 400) } };

        var work = OrcidWorkMapping.Map(talk, Options, diagnostics.Add);

        Assert.Null(work.Url);
        Assert.Contains(diagnostics, d => d.Code == OrcidDiagnosticCodes.UrlDropped);
    }

    [Fact]
    public void Map_NoAuthors_OwnerIsTheAuthor()
    {
        var work = OrcidWorkMapping.Map(OrcidTestTalks.SeedLike with { Authors = [] }, Options);

        Assert.Equal("Olof Mogren", Assert.Single(work.Contributors).CreditName);
    }

    [Fact]
    public void Map_NoAuthorsAndNoOwner_HasNoContributors()
    {
        var work = OrcidWorkMapping.Map(OrcidTestTalks.SeedLike with { Authors = [] }, Options with { Site = SiteInfo.Unknown });

        Assert.Empty(work.Contributors);
    }

    [Fact]
    public void Map_SeveralAuthors_FirstThenAdditional()
    {
        var talk = OrcidTestTalks.SeedLike with { Authors = [Person.FromLiteral("A B"), Person.FromLiteral("C D"), Person.FromLiteral("E F")] };

        var work = OrcidWorkMapping.Map(talk, Options);

        Assert.Equal(["first", "additional", "additional"], work.Contributors.Select(c => c.Sequence));
    }

    [Fact]
    public void Map_NoLinksWithSiteUrl_SelfIdIsSiteUrlPlusRecordPath()
    {
        var diagnostics = new List<Diagnostic>();
        var work = OrcidWorkMapping.Map(OrcidTestTalks.SeedLike with { Links = TalkLinks.None }, Options, diagnostics.Add);

        var self = Assert.Single(work.ExternalIds);
        Assert.Equal(("uri", "https://olofmogren.github.io/talks/_posts/2020-11-05-uncertainty-in-deep-learning.md", "self"), (self.Type, self.Value, self.Relationship));
        Assert.Contains(diagnostics, d => d.Code == OrcidDiagnosticCodes.SelfIdFromPath);
    }

    [Fact]
    public void Map_NoLinksNoSiteUrl_SelfIdIsSourceWorkId()
    {
        var work = OrcidWorkMapping.Map(OrcidTestTalks.SeedLike with { Links = TalkLinks.None }, Options with { Site = SiteInfo.Unknown });

        var self = Assert.Single(work.ExternalIds);
        Assert.Equal(("source-work-id", "talks/_posts/2020-11-05-uncertainty-in-deep-learning.md"), (self.Type, self.Value));
    }

    [Fact]
    public void MapAll_TwoTalksSharingAPage_GetDifferentSelfIds()
    {
        var diagnostics = new List<Diagnostic>();
        var talks = OrcidTestTalks.Hostile.Where(t => t.Title.StartsWith("Two talks", StringComparison.Ordinal)).ToArray();

        var works = OrcidWorkMapping.MapAll(talks, Options, diagnostics.Add, TestContext.Current.CancellationToken);

        var selfIds = works.Select(w => w.ExternalIds.Single(i => i.Relationship == "self").Value).ToArray();
        Assert.Equal(2, selfIds.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(diagnostics, d => d.Code == OrcidDiagnosticCodes.SelfIdShared);
    }

    [Fact]
    public void Map_PageEqualsEventPage_EventIsNeverSelf()
    {
        var talk = OrcidTestTalks.Hostile.Single(t => t.Title.StartsWith("Event page", StringComparison.Ordinal));

        var work = OrcidWorkMapping.Map(talk, Options);

        Assert.DoesNotContain(work.ExternalIds, i => i.Relationship == "self" && i.Value == "https://conf.example/2020");
        Assert.Contains(work.ExternalIds, i => i.Relationship == "part-of" && i.Value == "https://conf.example/2020");
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("SV", "sv")]
    [InlineData("he", "iw")]
    [InlineData("zh-TW", "zh_TW")]
    [InlineData("zh", "zh_CN")]
    [InlineData("xx-invalid", null)]
    [InlineData("  ", null)]
    public void Map_Language_BecomesOrcidCodeOrNothing(string language, string? code) =>
        Assert.Equal(code, OrcidWorkMapping.Map(OrcidTestTalks.SeedLike with { Language = language }, Options).LanguageCode);

    [Fact]
    public void Map_ControlCharacters_AreRemovedAndWhitespaceCollapsed()
    {
        var diagnostics = new List<Diagnostic>();
        var work = OrcidWorkMapping.Map(OrcidTestTalks.Hostile[0], Options, diagnostics.Add);

        Assert.Equal("Bell and NUL and in a title with lines", work.Title);
        Assert.Equal("Line one\nline two end", work.ShortDescription);
        Assert.Null(work.JournalTitle);
        Assert.Equal("Zoë Ørsted", Assert.Single(work.Contributors).CreditName);
        Assert.Contains(diagnostics, d => d.Code == OrcidDiagnosticCodes.CharactersRemoved);
    }

    [Fact]
    public void Map_WhitespaceTitle_UsesPlaceholderWithWarning()
    {
        var diagnostics = new List<Diagnostic>();
        var work = OrcidWorkMapping.Map(OrcidTestTalks.SeedLike with { Title = " \n\t " }, Options, diagnostics.Add);

        Assert.Equal(OrcidWorkMapping.PlaceholderTitle, work.Title);
        Assert.Contains(diagnostics, d => d.Code == OrcidDiagnosticCodes.TitleMissing);
    }
}
