using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

public sealed class TalkReaderSeedTests
{
    private static readonly string[] BrokenRecords =
    [
        "2015-11-12-ml-on-gpus.md",
        "2016-10-06-neural-networks-guest-lecture.md",
        "2021-01-20-learned-representations.md",
    ];

    [Fact]
    public void Read_SeedSite_Gives33CandidatesAnd30TalksAndThreeLocatedErrors()
    {
        var site = TestEnvironment.RequireSeedSite();

        var result = new TalkReader().Read([site], TestContext.Current.CancellationToken);

        foreach (var d in result.Diagnostics)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(d.ToString());
        }

        Assert.Equal(33, result.CandidateFiles);
        Assert.Equal(30, result.Talks.Count);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(BrokenRecords, errors.Select(e => Path.GetFileName(e.Path)));
        Assert.All(errors, e => Assert.True(e.Line > 1 && e.Column > 0, e.ToString()));
        Assert.All(errors, e => Assert.Equal(ReaderDiagnosticCodes.InvalidYaml, e.Code));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Read_SeedSiteTwiceWithDifferentParallelism_GivesIdenticalResults()
    {
        var site = TestEnvironment.RequireSeedSite();

        var one = new TalkReader(new ReaderOptions { MaxDegreeOfParallelism = 1 }).Read([site], TestContext.Current.CancellationToken);
        var many = new TalkReader(new ReaderOptions { MaxDegreeOfParallelism = 4 }).Read([site], TestContext.Current.CancellationToken);

        Assert.Equal(one.Talks.Select(t => t.Source.Path), many.Talks.Select(t => t.Source.Path));
        Assert.Equal(one.Talks.Select(t => t.Title), many.Talks.Select(t => t.Title));
        Assert.Equal(one.Diagnostics, many.Diagnostics);
    }

    [Fact]
    public void Read_SeedRecordAlone_FindsItsSiteByWalkingUp()
    {
        var record = TestEnvironment.RequireSeedRecord();

        var result = new TalkReader().Read([record], TestContext.Current.CancellationToken);

        var talk = Assert.Single(result.Talks);
        Assert.Equal("Uncertainty in deep learning", talk.Title);
        Assert.Equal("https://olofmogren.github.io", result.Site.BaseUrl);
        Assert.Equal(record.Replace('\\', '/'), talk.Source.Path);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
