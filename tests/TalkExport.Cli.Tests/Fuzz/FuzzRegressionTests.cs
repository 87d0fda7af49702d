using System.Diagnostics;
using TalkExport.Core.Exporting;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Fuzz;

/// <summary>
/// Replays every kept fuzzer finding and hostile record (Fuzz/Cases) exactly as the fuzz harness
/// does: the file becomes the only record of a Jekyll site, is read, and is exported by every
/// built-in exporter. Nothing may throw; a case named <c>bad-*</c> must give an error diagnostic.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string CasesDirectory = Path.Combine(AppContext.BaseDirectory, "Fuzz", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CasesDirectory).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FuzzCase_ReadAndExportedByEveryExporter_NoExceptionAndBoundedTime(string name)
    {
        using var dir = new TempDirectory();
        var posts = dir.Combine("talks", "_posts");
        Directory.CreateDirectory(posts);
        File.WriteAllText(dir.Combine("_config.yml"), "name: Fuzz Owner\nurl: https://fuzz.example.org\n");
        File.Copy(Path.Combine(CasesDirectory, name), Path.Combine(posts, "2020-01-01-fuzz.md"));

        var clock = Stopwatch.StartNew();
        var result = new TalkReader(new ReaderOptions { MaxDegreeOfParallelism = 1 }).Read([dir.Path], TestContext.Current.CancellationToken);
        var talks = CitationKeys.Assign(result.Talks);
        var exported = 0;
        foreach (var exporter in BuiltInExporters.Create().All.Where(e => e.Id != "template"))
        {
            using var output = new BufferedOutputTarget("memory");
            exporter.Export(talks, new ExportContext { Site = result.Site }, output);
            exported++;
        }

        Assert.True(exported >= 6, $"only {exported} exporters ran");
        Assert.True(result.Talks.Count + result.Diagnostics.Count > 0, "the record gave neither a talk nor a diagnostic");
        if (name.StartsWith("bad-", StringComparison.Ordinal))
        {
            Assert.Contains(result.Diagnostics, d => d.Severity == Core.Model.DiagnosticSeverity.Error
                && d.Path.EndsWith("2020-01-01-fuzz.md", StringComparison.Ordinal) && d.Line >= 1);
        }

        // Generous: these are single small records; a regression to super-linear cost shows up as seconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }
}
