using TalkExport.Core.Model;
using TalkExport.Exporters.Word.Mapping;

namespace TalkExport.Exporters.Tests.Word;

public sealed class CvEntryMappingTests
{
    private static readonly OwnerNames Owner = new([WordTalks.Owner]);

    [Fact]
    public void Apa_SeedTalk_MatchesWordSpecExample()
    {
        var entry = new CvEntryMapping(CvStyle.Apa, Owner, WordTalks.Owner).Map(WordTalks.Seed);

        Assert.Equal(
            "Mogren, O. (2020, November 5). Uncertainty in deep learning [Seminar presentation]. Learning Machines Seminars at RISE Research Institutes of Sweden. Slides \u00B7 Video \u00B7 Event",
            entry.PlainText);
        Assert.Equal(new CvRun("Mogren, O.") { Bold = true }, entry.Runs[0]);
        Assert.Contains(new CvRun("Uncertainty in deep learning") { Italic = true }, entry.Runs);
        Assert.Equal(["Slides", "Video", "Event"], entry.Runs.Where(r => r.Link is not null).Select(r => r.Text));
        Assert.Equal(WordTalks.Seed.Links.Slides, entry.Runs.Single(r => r.Text == "Slides").Link!.AbsoluteUri);
    }

    [Fact]
    public void Chicago_SeedTalk_MatchesWordSpecExample()
    {
        var entry = new CvEntryMapping(CvStyle.Chicago, Owner, WordTalks.Owner).Map(WordTalks.Seed);

        // word.md writes straight quotes; the document uses the typographic ones Chicago prints.
        Assert.Equal(
            "Mogren, Olof. 2020. \u201CUncertainty in Deep Learning.\u201D Seminar presented at Learning Machines Seminars at RISE Research Institutes of Sweden, November 5. Slides \u00B7 Video \u00B7 Event",
            entry.PlainText);
        Assert.Equal(new CvRun("Mogren, Olof") { Bold = true }, entry.Runs[0]);
    }

    [Fact]
    public void Cv_SeedTalk_MatchesWordSpecExample()
    {
        var entry = new CvEntryMapping(CvStyle.Cv, Owner, WordTalks.Owner).Map(WordTalks.Seed);

        Assert.Equal(
            "Uncertainty in deep learning. Learning Machines Seminars at RISE Research Institutes of Sweden, Nov 2020. Slides \u00B7 Video \u00B7 Event",
            entry.PlainText);
        Assert.Equal(new CvRun("Uncertainty in deep learning.") { Italic = true }, entry.Runs[0]);
        Assert.DoesNotContain(entry.Runs, r => r.Bold);
    }

    [Fact]
    public void Apa_MultiDayWithCoauthors_UsesAmpersandRangeAndBoldVariant()
    {
        var entry = new CvEntryMapping(CvStyle.Apa, Owner, WordTalks.Owner).Map(WordTalks.Workshop);

        Assert.Equal(
            "Lindqvist, M., Mogren, O., & van der Berg, J.-E. (2024, May 7\u201311). Self-supervised learning of sea ice charts [Conference presentation]. Nordic Workshop on Remote Sensing, Tromsø, Norway. Slides",
            entry.PlainText);
        Assert.Equal(["Mogren, O."], entry.Runs.Where(r => r.Bold).Select(r => r.Text));
    }

    [Fact]
    public void Chicago_MultiDayWithCoauthors_HeadlineCaseAndRange()
    {
        var entry = new CvEntryMapping(CvStyle.Chicago, Owner, WordTalks.Owner).Map(WordTalks.Workshop);

        Assert.Equal(
            "Lindqvist, Maja, O. Mogren, and Jan-Erik van der Berg. 2024. \u201CSelf-Supervised Learning of Sea Ice Charts.\u201D Paper presented at Nordic Workshop on Remote Sensing, Tromsø, Norway, May 7\u201311. Slides",
            entry.PlainText);
    }

    [Fact]
    public void Cv_Coauthors_ListsAuthorsWithOwnerBold()
    {
        var entry = new CvEntryMapping(CvStyle.Cv, Owner, WordTalks.Owner).Map(WordTalks.Workshop);

        Assert.Equal(
            "Self-supervised learning of sea ice charts. Maja Lindqvist, O. Mogren, and Jan-Erik van der Berg. Nordic Workshop on Remote Sensing, Tromsø, Norway, May 2024. Slides",
            entry.PlainText);
        Assert.Equal(["O. Mogren"], entry.Runs.Where(r => r.Bold).Select(r => r.Text));
    }

    [Fact]
    public void Map_NoAuthors_OwnerIsTheAuthor()
    {
        var apa = new CvEntryMapping(CvStyle.Apa, Owner, WordTalks.Owner).Map(WordTalks.Keynote);
        var chicago = new CvEntryMapping(CvStyle.Chicago, Owner, WordTalks.Owner).Map(WordTalks.Keynote);

        Assert.Equal("Mogren, O. (2023, May 23). Can we trust AI? [Keynote address]. Fictional Summit on Responsible Computing, Gothenburg, Sweden. Video", apa.PlainText);
        Assert.Equal("Mogren, Olof. 2023. \u201CCan We Trust AI?\u201D Keynote address presented at Fictional Summit on Responsible Computing, Gothenburg, Sweden, May 23. Video", chicago.PlainText);
    }

    [Fact]
    public void Map_OwnerPinnedFamilyGiven_IsTheAuthorAndBoldWithItsCompoundFamily()
    {
        const string pinned = "Degli Alberti, Ada";
        var mapping = new CvEntryMapping(CvStyle.Apa, new OwnerNames([pinned]), pinned);
        var coauthored = WordTalks.Keynote with { Authors = [new Person { Given = "Ada", Family = "Degli Alberti" }, new Person { Given = "Jonas", Family = "Eik" }] };

        Assert.StartsWith("Degli Alberti, A. (2023, May 23).", mapping.Map(WordTalks.Keynote).PlainText, StringComparison.Ordinal);
        Assert.Equal(["Degli Alberti, A."], mapping.Map(coauthored).Runs.Where(r => r.Bold).Select(r => r.Text));
    }

    [Fact]
    public void Map_NoAuthorsAndNoOwner_TitleLeads()
    {
        var entry = new CvEntryMapping(CvStyle.Apa, OwnerNames.None, null).Map(WordTalks.Keynote with { Date = null });

        Assert.Equal("Can we trust AI? [Keynote address]. (n.d.). Fictional Summit on Responsible Computing, Gothenburg, Sweden. Video", entry.PlainText);
    }

    [Fact]
    public void Map_RelativeAndScriptLinks_AreDroppedNotLinked()
    {
        var guest = new CvEntryMapping(CvStyle.Apa, Owner, WordTalks.Owner).Map(WordTalks.Guest);
        var hostile = new CvEntryMapping(CvStyle.Apa, Owner, WordTalks.Owner).Map(WordTalks.Hostile[0]);

        Assert.Equal("Mogren, O. (2020, February). Recurrent networks and sequence labelling [Lecture]. Guest lecture, Example University.", guest.PlainText);
        Assert.Equal([new CvLink("Slides", "/talks/slides/rnn.pdf")], guest.DroppedLinks);
        Assert.Equal([new CvLink("Slides", "javascript:alert(1)")], hostile.DroppedLinks);
        Assert.Equal(["https://example.org/a%20b?x=%3Cy%3E&z=%22q%22", "mailto:talks@example.org"], hostile.Runs.Where(r => r.Link is not null).Select(r => r.Link!.AbsoluteUri));
    }

    [Theory]
    [InlineData("Olof Mogren", true)]
    [InlineData("Mogren, O.", true)]
    [InlineData("O. Mogren", true)]
    [InlineData("Mogren, Olof", true)]
    [InlineData("mogren, olof", true)]
    [InlineData("Olle Mogren", false)]
    [InlineData("Olof Johansson", false)]
    public void OwnerNames_Variants_MatchOwnerOnly(string written, bool expected)
    {
        var owner = new OwnerNames(["Olof Mogren"]);
        var split = written.Contains(',', StringComparison.Ordinal)
            ? new Person { Family = written.Split(',')[0].Trim(), Given = written.Split(',')[1].Trim() }
            : new Person { Given = written.Split(' ')[0], Family = written.Split(' ')[1] };

        Assert.Equal(expected, owner.Matches(split));
        Assert.Equal(expected, owner.Matches(Person.FromLiteral(written)));
    }

    [Theory]
    [InlineData("Mogren, O.")]
    [InlineData("O. Mogren")]
    public void OwnerNames_HighlightGivenAsVariant_MatchesFullName(string highlight) =>
        Assert.True(new OwnerNames([highlight]).Matches(new Person { Given = "Olof", Family = "Mogren" }));

    [Fact]
    public void Apa_MoreThanTwentyAuthors_ElidesToNineteenAndLast()
    {
        var authors = Enumerable.Range(1, 22).Select(i => new Person { Given = "Anna", Family = "Author" + i }).ToList();
        var entry = new CvEntryMapping(CvStyle.Apa, Owner, null).Map(WordTalks.Seed with { Authors = authors, Links = TalkLinks.None });

        Assert.StartsWith("Author1, A., Author2, A.,", entry.PlainText, StringComparison.Ordinal);
        Assert.Contains("Author19, A., . . . Author22, A. (2020, November 5).", entry.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Author20", entry.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 5, 30, 2024, 6, 2, "2024, May 30\u2013June 2", "May\u2013Jun 2024")]
    [InlineData(2023, 12, 30, 2024, 1, 2, "2023, December 30\u20132024, January 2", "Dec 2023\u2013Jan 2024")]
    [InlineData(2024, 5, 7, 2024, 5, 7, "2024, May 7", "May 2024")]
    public void Dates_Ranges_AreWrittenPerStyle(int y1, int m1, int d1, int y2, int m2, int d2, string apa, string compact)
    {
        var talk = WordTalks.Keynote with { Date = new TalkDate(y1, m1, d1), EndDate = new TalkDate(y2, m2, d2), Links = TalkLinks.None };

        Assert.Contains($"({apa}).", new CvEntryMapping(CvStyle.Apa, Owner, WordTalks.Owner).Map(talk).PlainText, StringComparison.Ordinal);
        Assert.Contains($", {compact}.", new CvEntryMapping(CvStyle.Cv, Owner, WordTalks.Owner).Map(talk).PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CvStyle.Apa, "张伟, & Mogren, O. (2022, June).")]
    [InlineData(CvStyle.Chicago, "张伟, and Olof Mogren. 2022.")]
    [InlineData(CvStyle.Cv, "张伟 and Olof Mogren.")]
    public void Map_CjkName_IsWrittenFamilyFirstWithoutInitials(CvStyle style, string expected)
    {
        var entry = new CvEntryMapping(style, Owner, WordTalks.Owner).Map(WordTalks.Hostile[3]);

        Assert.Contains(expected, entry.PlainText, StringComparison.Ordinal);
    }
}
