using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX.Text;

namespace TalkExport.Exporters.Tests.BibTeX;

public sealed class BibTeXNamesTests
{
    [Fact]
    public void Format_Variety_FamilyCommaGivenJoinedByAnd()
    {
        Person[] people =
        [
            new() { Given = "Olof", Family = "Mogren" },
            new() { Given = "Anna", Particle = "van der", Family = "Berg" },
            new() { Given = "Martin Luther", Family = "King", Suffix = "Jr." },
            Person.FromLiteral("Research Institutes of Sweden"),
            Person.FromLiteral("Simon and Garfunkel"),
            new() { Given = "Åsa", Family = "Öberg" },
            new() { Family = "García Márquez" },
            new() { Given = "Plato" },
        ];

        Assert.Equal(
            @"Mogren, Olof and van der Berg, Anna and King, Jr., Martin Luther and {Research Institutes of Sweden} and {Simon {and} Garfunkel}" +
            @" and {\""O}berg, {\AA}sa and {Garc{\'i}a M{\'a}rquez} and {Plato}",
            BibTeXNames.Format(people, asciiAccents: true));
    }

    [Fact]
    public void Format_CommaInsideAPart_NameWrittenWhole() =>
        Assert.Equal("{Anna Smith{,} Jones}", BibTeXNames.Format([new Person { Given = "Anna", Family = "Smith, Jones" }], asciiAccents: false));

    [Fact]
    public void Format_AndInsideGiven_Braced() =>
        Assert.Equal("Doe, Tom {and} Jerry", BibTeXNames.Format([new Person { Given = "Tom and Jerry", Family = "Doe" }], asciiAccents: false));
}
