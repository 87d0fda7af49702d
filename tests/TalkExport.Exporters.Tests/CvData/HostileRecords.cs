using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.CvData;

/// <summary>The hostile records the fuzz harness keeps (tests/TalkExport.Cli.Tests/Fuzz/Cases), read as one Jekyll site.</summary>
internal static class HostileRecords
{
    public static (IReadOnlyList<Talk> Talks, SiteInfo Site) Read(TempDirectory dir)
    {
        var cases = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "TalkExport.Cli.Tests", "Fuzz", "Cases");
        var posts = dir.Combine("site", "talks", "_posts");
        Directory.CreateDirectory(posts);
        File.WriteAllText(dir.Combine("site", "_config.yml"), "name: Fuzz Owner\nurl: https://fuzz.example.org\n");
        var files = Directory.GetFiles(cases, "*.md").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < files.Length; i++)
        {
            File.Copy(files[i], Path.Combine(posts, $"2020-01-{i + 1:D2}-case{i}.md"));
        }

        var result = new TalkReader(new ReaderOptions { MaxDegreeOfParallelism = 1 }).Read([dir.Combine("site")], TestContext.Current.CancellationToken);
        Assert.True(result.Talks.Count >= 5, $"only {result.Talks.Count} hostile records read");
        return (result.Talks.Order(TalkOrder.NewestFirst).ToArray(), result.Site);
    }
}
