using System.Text.Json;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Core.Reading.Dialects.JekyllData;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Oracles;

/// <summary>
/// Talks read from a corpus site's data file against what Jekyll itself loaded into <c>site.data</c>
/// (Psych, libyaml's binding, parses the file; <c>tests/oracles/jekyll-read.rb</c> prints its items in
/// order): the same items in the same order, with the same titles and dates; the items that are no
/// talk (no title, canceled, a text alone) are the ones TalkExport says so about.
/// </summary>
public sealed class JekyllDataOracleTests
{
    [Fact]
    public void Corpus_DataFileTalks_EqualTheItemsJekyllLoaded()
    {
        var corpus = TestEnvironment.RequireCorpus();
        var output = TestContext.Current.TestOutputHelper;
        var read = new TalkReader().Read(TestEnvironment.RequireCorpusSites(), TestContext.Current.CancellationToken);
        var files = read.Talks.Where(t => t.Source.InDataFile).GroupBy(t => t.Source.FullPath!, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var sites = new Dictionary<string, IReadOnlyList<JsonElement>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var root = SiteConfigLoader.FindSiteRoot(file.Key)!;
            if (!sites.TryGetValue(root, out var lines))
            {
                var (loaded, failure) = SiteGenerator.ReadJekyllLines(root);
                Assert.True(failure is null, failure);
                sites[root] = lines = loaded;
            }

            // The corpus's data files are read whole (no template names a list inside one), so site.data[name] is the file.
            var name = Path.GetFileNameWithoutExtension(file.Key);
            var items = lines.Where(l => l.TryGetProperty("data", out var d) && d.GetString() == name).ToList();
            var mappings = items.Where(i => !i.TryGetProperty("text", out _)).ToList();
            var talks = mappings.Where(i => Title(i) is { Length: > 0 } && !i.GetProperty("canceled").GetBoolean()).ToList();
            var ours = file.OrderBy(t => t.Source.Line).ToList();
            var codes = read.Diagnostics.Where(d => d.Path == ours[0].Source.Path).ToLookup(d => d.Code);
            output?.WriteLine($"{Path.GetRelativePath(corpus, file.Key)}: jekyll {mappings.Count} items + {items.Count - mappings.Count} texts; {talks.Count} titled and not canceled; ours {ours.Count}");

            Assert.Equal(talks.Select(i => Normal(Title(i))), ours.Select(t => Normal(t.Title)));
            Assert.Equal(talks.Select(Date), ours.Select(t => Date(t)));
            Assert.Equal(items.Count - mappings.Count, codes[DataDiagnosticCodes.BareText].Count());
            Assert.Equal(mappings.Count(i => i.GetProperty("canceled").GetBoolean()), codes[DataDiagnosticCodes.Canceled].Count());
            Assert.Equal(mappings.Count(i => Title(i) is not { Length: > 0 } && !i.GetProperty("canceled").GetBoolean()), codes[MappingDiagnosticCodes.MissingTitle].Count());
        }
    }

    private static string? Title(JsonElement item) =>
        item.GetProperty("title").GetString() is { Length: > 0 } title ? title : item.GetProperty("name").GetString();

    // Jekyll's date (a YAML date, or a text as Time.parse reads it), else the item's year, else the year of its groups.
    private static string? Date(JsonElement item) =>
        item.GetProperty("date").GetString()
        ?? item.GetProperty("year").GetString()
        ?? item.GetProperty("groups").EnumerateArray().Select(g => g.GetString()!).FirstOrDefault(g => g.Length == 4 && g.All(char.IsAsciiDigit));

    // Ours at the precision Jekyll's side has: a talk dated by its groups' year and month is compared by the year.
    private static string? Date(Talk talk) => talk.Date is { Precision: DatePrecision.Month } d ? d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) : talk.Date?.ToString();

    private static string Normal(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
