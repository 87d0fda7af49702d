using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Oracles;

/// <summary>
/// Page URLs made from titles and file names (Hugo's <c>urlize</c>, <c>removePathAccents</c>,
/// <c>disablePathToLower</c>, language-suffixed bundles), compared with what Hugo 0.111 itself makes
/// for the same fictional site.
/// </summary>
public sealed class HugoPathOracleTests
{
    private static readonly string[] Titles =
    [
        "Konjunkturaussichten - Eurozone und Deutschland",
        "Biodiversidata -- el consorcio",
        "A – dash, and — another",
        "Yaguarundí: Democratización   de la información",
        "Søren & Straße: ÅLAND ß",
        "C++ #1 @home ~tilde",
        "  Leading and trailing  ",
        "Why? (Because!) 100% \"quoted\" 'single'",
        "Ünïcödé Çase MiXed",
        "Decomposed e\u0301 and a\u0308",
    ];

    [Theory]
    [InlineData("")]
    [InlineData("removePathAccents = true\n")]
    [InlineData("disablePathToLower = true\n")]
    [InlineData("removePathAccents = true\ndisablePathToLower = true\n")]
    public void PageUrls_EqualHugos(string settings)
    {
        using var temp = new TempDirectory();
        var site = temp.Path;
        temp.Write("config.toml", "baseURL = \"https://ada.example.org/\"\n" + settings + "[permalinks]\n  event = \"/talk/:slug/\"\n  talks = \"/talks/:title\"\n");
        for (var i = 0; i < Titles.Length; i++)
        {
            var title = Titles[i].Replace("\"", "\\\"", StringComparison.Ordinal);
            temp.Write($"content/event/e{i}/index.md", $"+++\ntitle = \"{title}\"\ndate = 2022-01-0{(i % 9) + 1}\n+++\n");
            temp.Write($"content/talks/t{i}.md", $"+++\ntitle = \"{title}\"\ndate = 2022-02-0{(i % 9) + 1}\n+++\n");
        }

        // No permalink for the section: the path comes from the folder and the file name.
        temp.Write("content/talk/Bundle Name Ä/index.en.md", "+++\ntitle = \"Bundle\"\ndate = 2022-03-01\n+++\n");
        temp.Write("content/talk/Plain File.en.md", "+++\ntitle = \"Plain\"\ndate = 2022-03-02\n+++\n");
        temp.Write("content/talk/version.1.2.md", "+++\ntitle = \"Dotted\"\ndate = 2022-03-03\n+++\n");

        var (pages, failure) = SiteGenerator.Read(site);
        Assert.Null(failure);
        var read = new TalkReader().Read([Path.Combine(site, "content")], TestContext.Current.CancellationToken);
        var ours = read.Talks.ToDictionary(t => Path.GetRelativePath(site, t.Source.FullPath!).Replace('\\', '/'), t => t.Links.Page, StringComparer.Ordinal);

        var compared = 0;
        var differences = new List<string>();
        foreach (var page in pages.Where(p => !p.Path.EndsWith("_index.md", StringComparison.Ordinal)))
        {
            compared++;
            var url = ours.GetValueOrDefault(page.Path);
            if (!string.Equals(Uri.UnescapeDataString(url ?? ""), Uri.UnescapeDataString(page.Url), StringComparison.Ordinal))
            {
                differences.Add($"{page.Path} ({page.Title}): ours {url ?? "(not read)"} | hugo {page.Url}");
            }
        }

        Assert.Equal(Titles.Length * 2 + 3, compared);
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }
}
