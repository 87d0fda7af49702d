using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>
/// The twelve sites with an expectation file (<see cref="ExpectedCorpusSites"/>), each read whole and
/// exported in both BibTeX dialects: biber's data-model check (<c>biber --tool --validate-datamodel</c>)
/// gives no WARN or ERROR line, and every talk read is one entry.
/// </summary>
public sealed class BibTeXCorpusSiteOracleTests
{
    public static TheoryData<string, string> SitesAndDialects()
    {
        var data = new TheoryData<string, string>();
        foreach (var site in ExpectedCorpusSites.Names)
        {
            data.Add(site, "bibtex");
            data.Add(site, "biblatex");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SitesAndDialects))]
    public void Oracles_CorpusSite_AcceptedByBiberWithoutWarnings(string site, string dialect)
    {
        var read = new TalkReader().Read([ExpectedCorpusSites.RequireSite(site)], TestContext.Current.CancellationToken);
        Assert.NotEmpty(read.Talks);

        var (bib, _, _) = BibTeXTestExports.Export(read.Talks, dialect, read.Site);

        Assert.Equal(read.Talks.Count, BibTestReader.Read(bib).Count);
        var problems = BibTeXOracles.Biber(bib);
        Assert.True(problems.Count == 0, $"{site} ({dialect}): biber --tool --validate-datamodel\n" + string.Join('\n', problems));
    }
}
