using TalkExport.Core.Exporting;
using TalkExport.Core.Reading;
using TalkExport.Exporters.BibTeX;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>BibTeX says it needs no abstracts, so the reader skips them: the .bib must not change.</summary>
public sealed class BibTeXWithoutAbstractsTests
{
    [Fact]
    public void Export_EveryCorpusSiteReadWithoutAbstracts_SameBytes()
    {
        var sites = TestEnvironment.RequireCorpusSites();
        var entries = 0;
        foreach (var site in sites)
        {
            var full = new TalkReader().Read([site], TestContext.Current.CancellationToken);
            var lean = new TalkReader(new ReaderOptions { ReadAbstracts = false }).Read([site], TestContext.Current.CancellationToken);

            Assert.False(new BibTeXExporter() is ITalkExporter { UsesAbstracts: true });
            if (site == TestEnvironment.RequireSeedSite())
            {
                // The Jekyll posts dialect skips them (the others may still fill them).
                Assert.All(lean.Talks, t => Assert.Null(t.Abstract));
                Assert.Contains(full.Talks, t => t.Abstract is not null);
            }

            Assert.Equal(BibTeXTestExports.Export(full.Talks, "biblatex").Bib, BibTeXTestExports.Export(lean.Talks, "biblatex").Bib);
            entries += full.Talks.Count;
        }

        Assert.True(sites.Count >= 20 && entries >= 150, $"{sites.Count} sites, {entries} talks");
    }
}
