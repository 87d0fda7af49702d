using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;

namespace TalkExport.Core.Tests.Reading;

/// <summary>An owner written <c>Family, Given</c> pins a compound family name for the owner's talks and mentions.</summary>
public sealed class PinnedOwnerTests
{
    private static readonly SiteConfig Pinned = MapperHarness.Jekyll with { Owner = "Degli Alberti, Ada" };

    [Fact]
    public void Map_TalkNamingNoOne_HasThePinnedOwner()
    {
        var talk = MapperHarness.MapOne("_talks/2020-01-01-a.md", "---\ntitle: A\ndate: 2020-01-01\n---\n", Pinned);

        var owner = Assert.Single(talk.Authors);
        Assert.Equal(("Ada", null, "Degli Alberti"), (owner.Given, owner.Particle, owner.Family));
        Assert.Equal("Ada Degli Alberti", owner.Name);
    }

    [Theory]
    [InlineData("Ada Degli Alberti", "Ada")]
    [InlineData("A. Degli Alberti", "A.")]
    [InlineData("Adá degli alberti", "Adá")]
    public void Map_RecordNamingTheOwner_SplitsAsPinned(string written, string given)
    {
        var talk = MapperHarness.MapOne("talks/_posts/2020-01-01-a.md", $"---\ntitle: A\nauthors: {written}, Jonas Eik\n---\n", Pinned);

        Assert.Equal((given, "Degli Alberti"), (talk.Authors[0].Given, talk.Authors[0].Family));
        Assert.Equal(("Jonas", "Eik"), (talk.Authors[1].Given, talk.Authors[1].Family));
    }

    [Fact]
    public void Map_AnotherPersonWithTheFamilyWords_IsNotTheOwner()
    {
        var talk = MapperHarness.MapOne("talks/_posts/2020-01-01-a.md", "---\ntitle: A\nauthors: Marco Degli Alberti\n---\n", Pinned);

        Assert.Equal(("Marco Degli", "Alberti"), (talk.Authors[0].Given, talk.Authors[0].Family));
    }

    [Fact]
    public void Load_OwnerOptionFamilyGiven_IsKeptPinned()
    {
        var site = SiteConfigLoader.ApplyOverrides(SiteConfig.None, ReaderOptions.Default with { Owner = "Degli Alberti, Ada, PhD" });

        Assert.Equal("Degli Alberti, Ada", site.Owner);
    }

    [Fact]
    public void NaturalKey_TalkWithoutAuthors_UsesThePinnedFamily()
    {
        var talk = new Talk { Title = "Sea ice", Date = new TalkDate(2020), Source = new SourceLocation("a.md", 1) };

        Assert.Equal("deglialberti2020sea", CitationKeys.NaturalKey(talk, "Degli Alberti, Ada"));
    }
}
