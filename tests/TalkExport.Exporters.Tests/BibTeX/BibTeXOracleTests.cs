using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>
/// The real consumers (docs oracles.md) on whole files, one run per file: biber's data-model
/// check, a biblatex+biber compile, a bibtex+plain compile (bibtex dialect) and a pandoc round
/// trip compared with the talks. Missing tools skip locally and fail where CI=true.
/// </summary>
public sealed class BibTeXOracleTests
{
    [Theory]
    [InlineData("bibtex")]
    [InlineData("biblatex")]
    public void Oracles_RealisticAndHostileLatin_AcceptedAndReadBack(string dialect)
    {
        var (realistic, realisticKeyed, _) = BibTeXTestExports.Export(BibTeXTestExports.Case("realistic"), dialect);
        var (hostile, hostileKeyed, _) = BibTeXTestExports.Export(BibTeXTestExports.Case("hostile-latin"), dialect);
        var keyed = realisticKeyed.Concat(hostileKeyed).ToList();
        Assert.Equal(keyed.Count, keyed.Select(t => t.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());

        AssertAccepted(realistic + "\n" + hostile, keyed, dialect, compile: true);
    }

    [Theory]
    [InlineData("bibtex")]
    [InlineData("biblatex")]
    public void Oracles_HostileUnicode_AcceptedByBiberAndPandoc(string dialect)
    {
        var (bib, keyed, warnings) = BibTeXTestExports.Export(BibTeXTestExports.Case("hostile-unicode"), dialect);

        Assert.Contains("🤖", bib, StringComparison.Ordinal);
        Assert.Contains("深度学习简介", bib, StringComparison.Ordinal);
        Assert.Contains("التعلم العميق", bib, StringComparison.Ordinal);
        Assert.Equal(keyed.Count, warnings.Count(w => w.Code == "TE3002"));
        AssertAccepted(bib, keyed, dialect, compile: false);
    }

    [Theory]
    [InlineData("bibtex", "@misc{mogren2020uncertainty,")]
    [InlineData("biblatex", "@unpublished{mogren2020uncertainty,")]
    public void Oracles_SeedSite_ThirtyEntriesAcceptedAndReadBack(string dialect, string seedEntryStart)
    {
        var read = new TalkReader().Read([TestEnvironment.RequireSeedSite()], TestContext.Current.CancellationToken);
        Assert.Equal(30, read.Talks.Count);

        var (bib, keyed, _) = BibTeXTestExports.Export(read.Talks, dialect, read.Site);

        Assert.Equal(30, BibTestReader.Read(bib).Count);
        Assert.Contains(seedEntryStart, bib, StringComparison.Ordinal);
        var keys = keyed.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var clash in new[] { "mogren2014automatic", "mogren2019neural", "mogren2020social" })
        {
            Assert.Contains(clash, keys);
            Assert.Contains(clash + "a", keys);
        }

        AssertAccepted(bib, keyed, dialect, compile: true, read.Site.Owner);
    }

    private static void AssertAccepted(string bib, IReadOnlyList<Talk> keyed, string dialect, bool compile, string? owner = BibTeXFixtures.Owner)
    {
        var problems = new List<string>();
        problems.AddRange(BibTeXOracles.Biber(bib).Select(p => "biber --tool: " + p));
        if (compile)
        {
            problems.AddRange(BibTeXOracles.BibLaTeXCompile(bib).Select(p => "biblatex compile: " + p));
            if (dialect == "bibtex")
            {
                problems.AddRange(BibTeXOracles.BibTeXCompile(bib).Select(p => "bibtex compile: " + p));
            }
        }

        var (items, pandocProblems) = BibTeXOracles.Pandoc(bib);
        problems.AddRange(pandocProblems);
        if (pandocProblems.Count == 0)
        {
            problems.AddRange(PandocRoundTrip.Compare(keyed, items, BibTeXTestExports.Dialect(dialect), owner).Select(p => "pandoc round trip: " + p));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
