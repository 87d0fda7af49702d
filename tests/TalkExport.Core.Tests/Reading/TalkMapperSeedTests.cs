using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

/// <summary>The seed record's values, as issue 2's "Done means" states them.</summary>
public sealed class TalkMapperSeedTests
{
    private static Talk MapSeedRecord(string fileName = "2020-11-05-uncertainty-in-deep-learning.md")
    {
        var siteRoot = TestEnvironment.RequireSeedSite();
        var path = Path.Combine(siteRoot, "talks", "_posts", fileName);
        var diagnostics = new List<Diagnostic>();
        var root = SiteConfigLoader.FindSiteRoot(path)!;
        var site = SiteConfigLoader.Load(root, ReaderOptions.Default, diagnostics);
        var document = FrontMatterParser.Parse(File.ReadAllText(path), "talks/_posts/" + fileName, ReaderLimits.Default, diagnostics)!;
        var talk = new TalkMapper(ReaderOptions.Default).Map(new RecordFile(path, "talks/_posts/" + fileName), document, site, diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        return talk!;
    }

    [Fact]
    public void Map_SeedRecord_GivesIssueValues()
    {
        var talk = MapSeedRecord();

        Assert.Equal("Uncertainty in deep learning", talk.Title);
        Assert.Equal("2020-11-05", talk.Date.ToString());
        var author = Assert.Single(talk.Authors);
        Assert.Equal(("Olof", "Mogren"), (author.Given, author.Family));
        Assert.Equal("Learning Machines Seminars at RISE Research Institutes of Sweden", talk.Venue);
        Assert.Equal(TalkKind.Seminar, talk.Kind);
        Assert.Equal("https://olofmogren.github.io/talks/slides/mogren-2020-11-05-uncertainty-in-deep-learning.pdf", talk.Links.Slides);
        Assert.Equal("https://olofmogren.github.io/talks/2020/uncertainty-in-deep-learning/", talk.Links.Page);
        Assert.Equal("https://www.youtube.com/watch?v=mQHO8M582sg&list=PLqLiVcF3GKy1tuQFoDu5QKOM6S33t_4R1&index=3", talk.Links.Video);
        Assert.Equal("https://ri.se/en/education/learning-machines-seminars/", talk.Links.Event);
        Assert.Equal(["default"], talk.Tags);
        Assert.Null(talk.BibTeX);
    }

    [Fact]
    public void Map_SeedRecord_AbstractIsLongversionAsParagraphs()
    {
        var talk = MapSeedRecord();

        var paragraphs = talk.Abstract!.Split("\n\n");
        Assert.Equal(3, paragraphs.Length);
        Assert.StartsWith("Our world is full of uncertainties: measurement errors,", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Deep learning have demonstrated astonishing results", paragraphs[1], StringComparison.Ordinal);
        Assert.EndsWith("to produce better AI systems in real world scenarios.", paragraphs[2], StringComparison.Ordinal);
        Assert.DoesNotContain("<", talk.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain("&", talk.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain("Youtube", talk.Abstract, StringComparison.Ordinal);
        Assert.All(paragraphs, p => Assert.DoesNotContain('\n', p));
    }

    [Fact]
    public void Map_SeedRecord_KeepsUnmappedKeysInFileOrder()
    {
        var talk = MapSeedRecord();

        Assert.Equal(["layout", "box-bg-imgsrc", "imgsrc", "imgalt", "redirect_from"], talk.Extra.Select(e => e.Key));
        Assert.Equal("talks", talk.Extra[0].Value.AsString());
    }

    [Fact]
    public void Map_EurefRecord_IsTutorialFromTitle()
    {
        var talk = MapSeedRecord("2023-05-23-euref.md");

        Assert.Equal(TalkKind.Tutorial, talk.Kind);
    }
}
