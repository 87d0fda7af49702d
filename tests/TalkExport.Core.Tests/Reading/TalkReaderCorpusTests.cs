using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

public sealed class TalkReaderCorpusTests
{
    [Fact]
    public void Read_EveryCurrentCorpusSite_NoInternalErrorsAndOnlyLibyamlRejectsFail()
    {
        var sites = TestEnvironment.RequireCorpusSites();

        var result = new TalkReader().Read(sites, TestContext.Current.CancellationToken);

        var output = TestContext.Current.TestOutputHelper;
        foreach (var d in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            output?.WriteLine(d.ToString());
        }

        var yaml = result.Talks.Count(t => t.Source.FullPath is { } p && File.ReadAllText(p).TrimStart('\uFEFF').StartsWith("---", StringComparison.Ordinal));
        output?.WriteLine($"{sites.Count} sites, {result.CandidateFiles} candidate files, {result.Talks.Count} talks ({yaml} YAML, {result.Talks.Count - yaml} TOML), {result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);

        // The reader's own errors over the current corpus are exactly the records libyaml rejects
        // (ismb-2020 holds C1 mojibake: libyaml rejects it, and Jekyll publishes it without front matter).
        var readerErrors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Code.StartsWith("TE10", StringComparison.Ordinal))
            .Select(d => Path.GetFileName(d.Path))
            .ToList();
        Assert.Equal(["2015-11-12-ml-on-gpus.md", "2016-10-06-neural-networks-guest-lecture.md", "2021-01-20-learned-representations.md", "2020-07-13-ismb-2020.md"], readerErrors);
        Assert.True(result.Talks.Count >= 150, $"only {result.Talks.Count} talks");
    }
}
