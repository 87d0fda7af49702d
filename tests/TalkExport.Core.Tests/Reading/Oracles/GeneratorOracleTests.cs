using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Oracles;

/// <summary>
/// Jekyll and Hugo decide which records a site publishes, with which title, URL and date: every corpus
/// site either generator can read offline is compared with what TalkExport reads, record by record.
/// Each difference is fixed, or matched by one rule of <c>allowed-differences.txt</c>.
/// </summary>
public sealed class GeneratorOracleTests
{
    [Fact]
    public void Corpus_EveryRecordTitleUrlAndDate_EqualsTheGenerators()
    {
        var corpus = TestEnvironment.RequireCorpus();
        var output = TestContext.Current.TestOutputHelper;
        var all = new List<Difference>();
        var failures = new List<string>();
        var table = new List<string> { "site | generator | records | equal | differences" };
        foreach (var repository in TestEnvironment.RequireCorpusSites())
        {
            var read = new TalkReader().Read([repository], TestContext.Current.CancellationToken);
            var codes = read.Diagnostics.ToLookup(d => Path.GetFullPath(d.Path), d => d.Code, StringComparer.Ordinal);
            foreach (var root in SiteGenerator.SiteRoots(repository))
            {
                var name = Path.GetRelativePath(corpus, root).Replace('\\', '/');
                var (pages, failure) = SiteGenerator.Read(root);
                if (failure is not null)
                {
                    failures.Add($"{name}: {failure}");
                    continue;
                }

                // A data file's talks have no page of their own: JekyllDataOracleTests compares them with site.data.
                var talks = read.Talks.Where(t => !t.Source.InDataFile && Owner(t.Source.FullPath!, repository) == root).ToList();
                var (differences, records) = GeneratorComparison.Compare(name, root, talks, pages, codes);
                all.AddRange(differences);
                var unequal = differences.Select(d => d.Path).Distinct(StringComparer.Ordinal).Count();
                table.Add($"{name} | {SiteGenerator.Kind(root)} | {records} | {records - unequal} | {differences.Count}");
            }
        }

        var allowed = AllowedDifferences.Load();
        var unexplained = all.Where(d => allowed.Match(d) is null).ToList();
        foreach (var line in table.Concat(failures.Select(f => "cannot read: " + f)))
        {
            output?.WriteLine(line);
        }

        foreach (var d in all)
        {
            output?.WriteLine($"{allowed.Match(d)?.Name ?? "UNEXPLAINED"}: {d}");
        }

        Assert.True(unexplained.Count == 0, $"{unexplained.Count} differences from the generators:\n{string.Join('\n', unexplained)}");
        var unused = allowed.Rules.Where(r => !all.Any(d => allowed.Match(d) == r)).Select(r => r.Name).ToList();
        Assert.True(unused.Count == 0, $"allow-list rows that match no difference: {string.Join(", ", unused)}");
        Assert.Equal(allowed.UnreadableSites.Order(StringComparer.Ordinal), failures.Select(f => f[..f.IndexOf(':')]).Order(StringComparer.Ordinal));
    }

    // The deepest generator site of the repository that holds the record (a theme's example site is its own).
    private static string Owner(string file, string repository) =>
        SiteGenerator.SiteRoots(repository).Where(r => file.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal)).MaxBy(r => r.Length) ?? repository;
}
