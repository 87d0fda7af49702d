using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Tests.Reading;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Olof Mogren", "Olof", null, "Mogren", null)]
    [InlineData("R. Stuart Geiger", "R. Stuart", null, "Geiger", null)]
    [InlineData("Anna van der Berg", "Anna", "van der", "Berg", null)]
    [InlineData("Ludwig von Beethoven", "Ludwig", "von", "Beethoven", null)]
    [InlineData("Sara Dal Cengio", "Sara", null, "Dal Cengio", null)]
    [InlineData("Sven De Maeyer", "Sven", null, "De Maeyer", null)]
    [InlineData("Martin Luther King, Jr.", "Martin Luther", null, "King", "Jr.")]
    [InlineData("Martin Luther King Jr.", "Martin Luther", null, "King", "Jr.")]
    [InlineData("Mogren, Olof", "Olof", null, "Mogren", null)]
    [InlineData("Julien Riel\u2011Salvatore", "Julien", null, "Riel\u2011Salvatore", null)]
    [InlineData("  Grace \n Hopper ", "Grace", null, "Hopper", null)]
    [InlineData("Dr. Jose M. Pizarro", "Jose M.", null, "Pizarro", null)]
    [InlineData("Emily M. Hastings, Ph.D.", "Emily M.", null, "Hastings", null)]
    [InlineData("Rubens A. Amaro Jr.", "Rubens A.", null, "Amaro", "Jr.")]
    [InlineData("Prof. Dr. Ada Lindqvist", "Ada", null, "Lindqvist", null)]
    [InlineData("Dr. rer. nat. Ada Lindqvist", "Ada", null, "Lindqvist", null)]
    [InlineData("Professor Ada Lindqvist", "Ada", null, "Lindqvist", null)]
    [InlineData("Mrs Ada Lindqvist", "Ada", null, "Lindqvist", null)]
    [InlineData("Ada Lindqvist PhD", "Ada", null, "Lindqvist", null)]
    [InlineData("Ada Lindqvist, MD, MBA", "Ada", null, "Lindqvist", null)]
    [InlineData("Ada Lindqvist M.Sc.", "Ada", null, "Lindqvist", null)]
    [InlineData("Jonas Eik Jr., Ph.D.", "Jonas", null, "Eik", "Jr.")]
    [InlineData("Eik, Jonas, PhD", "Jonas", null, "Eik", null)]
    [InlineData("Wei MA", "Wei", null, "MA", null)]
    [InlineData("Li Wei MA", "Li Wei", null, "MA", null)]
    [InlineData("Doe, Ma", "Ma", null, "Doe", null)]
    public void Parse_PersonalName_SplitsParts(string written, string given, string? particle, string family, string? suffix)
    {
        var person = PersonNames.Parse(written)!;

        Assert.Null(person.Literal);
        Assert.Equal((given, particle, family, suffix), (person.Given, person.Particle, person.Family, person.Suffix));
    }

    [Theory]
    [InlineData("Olof Mogren")]
    [InlineData("Anna van der Berg")]
    [InlineData("Martin Luther King, Jr.")]
    [InlineData("Sara Dal Cengio")]
    public void Parse_PersonalName_NameRoundTrips(string written) => Assert.Equal(written, PersonNames.Parse(written)!.Name);

    [Theory]
    [InlineData("RISE Research Institutes of Sweden")]
    [InlineData("The Carpentries Team")]
    [InlineData("Plato")]
    [InlineData("Tyrone Chen (曾垂德)")]
    [InlineData("Data Science Lab")]
    public void Parse_OrganisationOrMononym_IsLiteral(string written)
    {
        var person = PersonNames.Parse(written)!;

        Assert.Equal(written, person.Literal);
        Assert.Equal(written, person.Name);
    }

    [Fact]
    public void Parse_Blank_IsNull() => Assert.Null(PersonNames.Parse("  "));
}
