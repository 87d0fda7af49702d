using System.Text.RegularExpressions;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// Each of the twelve sites of the corpus' SOURCES.md section 6 read whole and compared, field by field,
/// with its expectation file (Expectations/README.md), whose values follow the theme's templates.
/// </summary>
public sealed partial class SiteExpectationTests
{
    private static string ExpectationPath(string site) =>
        Path.Combine(TestEnvironment.RepositoryRoot, "tests", "TalkExport.Core.Tests", "Reading", "Expectations", site + ".txt");

    [Theory]
    [MemberData(nameof(ExpectedCorpusSites.Data), MemberType = typeof(ExpectedCorpusSites))]
    public void Read_Site_EveryTalkAsItsThemeShowsIt(string site)
    {
        var root = ExpectedCorpusSites.RequireSite(site);
        var expected = SiteExpectation.Load(ExpectationPath(site));

        var result = new TalkReader().Read([root], TestContext.Current.CancellationToken);

        var read = result.Talks.ToDictionary(t => Path.GetRelativePath(root, t.Source.FullPath!).Replace('\\', '/'), StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var (path, fields) in expected.Talks)
        {
            if (!read.TryGetValue(path, out var talk))
            {
                differences.Add($"{path}: expected a talk, none read");
                continue;
            }

            var actual = Fields(talk);
            foreach (var field in SiteExpectation.Fields)
            {
                var want = fields.GetValueOrDefault(field);
                if (!string.Equals(want, actual[field], StringComparison.Ordinal))
                {
                    differences.Add($"{path}: {field}: expected {Show(want)}, read {Show(actual[field])}");
                }
            }
        }

        differences.AddRange(read.Keys.Where(p => !expected.Talks.ContainsKey(p)).Select(p =>
            expected.NotTalks.Contains(p) ? $"{p}: read as a talk, but it is listed as not a talk" : $"{p}: read as a talk, not in the expectation file"));
        Assert.True(differences.Count == 0, $"{site}: {differences.Count} differences\n" + string.Join('\n', differences));
    }

    [Theory]
    [MemberData(nameof(ExpectedCorpusSites.Data), MemberType = typeof(ExpectedCorpusSites))]
    public void Read_Site_OwnerAsExpectedAndEveryTalkOfAnOwnedSiteHasAnAuthor(string site)
    {
        var root = ExpectedCorpusSites.RequireSite(site);
        var expected = SiteExpectation.Load(ExpectationPath(site));

        var result = new TalkReader().Read([root], TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.Talks);
        Assert.Equal(expected.Owner, result.Site.Owner);
        if (expected.Owner is not null)
        {
            Assert.All(result.Talks, t => Assert.NotEmpty(t.Authors));
        }

        // Talks that name their speakers are checked name by name by the theory above.
    }

    [Theory]
    [MemberData(nameof(ExpectedCorpusSites.Data), MemberType = typeof(ExpectedCorpusSites))]
    public void Expectation_EveryCitedTemplateLine_Exists(string site)
    {
        // A site's own files are cited from the corpus; a theme family's from the reference copies beside it.
        var corpus = TestEnvironment.RequireCorpus();
        var themes = Path.GetFullPath(Path.Combine(corpus, "..", "reference", "themes"));
        if (!Directory.Exists(themes))
        {
            TestEnvironment.SkipOrFail<string>($"The theme references are not at '{themes}'.");
        }

        var missing = new List<string>();
        foreach (Match m in Citation().Matches(File.ReadAllText(ExpectationPath(site))))
        {
            var path = m.Groups["path"].Value;
            var file = Path.Combine(Directory.Exists(Path.Combine(corpus, path.Split('/')[0])) ? corpus : themes, path);
            var last = int.Parse(m.Groups["to"].Success ? m.Groups["to"].Value : m.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!File.Exists(file) || File.ReadLines(file).Count() < last)
            {
                missing.Add(m.Value);
            }
        }

        Assert.Empty(missing);
    }

    [GeneratedRegex(@"(?<path>[\w.\-]+(?:/[\w.\-]+)+):(?<from>\d+)(?:-(?<to>\d+))?")]
    private static partial Regex Citation();

    private static Dictionary<string, string?> Fields(Talk t) => new(StringComparer.Ordinal)
    {
        ["title"] = t.Title,
        ["date"] = t.Date?.ToString(),
        ["end"] = t.EndDate?.ToString(),
        ["event"] = t.Venue,
        ["institution"] = t.Institution,
        ["place"] = t.Location,
        ["authors"] = t.Authors.Count == 0 ? null : string.Join("; ", t.Authors.Select(a => a.Name)),
        ["kind"] = t.Kind.ToString().ToLowerInvariant(),
    };

    private static string Show(string? value) => value is null ? "-" : $"\"{value}\"";
}
