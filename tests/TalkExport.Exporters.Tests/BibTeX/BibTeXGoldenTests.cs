using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>
/// The exporter's output for the fixture sets, compared with Golden/bibtex/*.bib. The same output
/// goes through biber, LaTeX and pandoc in <see cref="BibTeXOracleTests"/>, so the golden files
/// are what the real consumers accepted.
/// </summary>
public sealed class BibTeXGoldenTests
{
    public static TheoryData<string, string> Cases { get; } = new()
    {
        { "realistic", "bibtex" },
        { "realistic", "biblatex" },
        { "hostile-latin", "bibtex" },
        { "hostile-latin", "biblatex" },
        { "hostile-unicode", "bibtex" },
        { "hostile-unicode", "biblatex" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Export_FixtureCase_MatchesGoldenFile(string name, string dialect)
    {
        var (bib, _, _) = BibTeXTestExports.Export(BibTeXTestExports.Case(name), dialect);
        GoldenFile.AssertMatches($"tests/TalkExport.Exporters.Tests/Golden/bibtex/{name}.{dialect}.bib", bib);
    }
}
