using System.Net;
using TalkExport.Core.Exporting;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;

using TalkExport.Testing;

namespace TalkExport.Core.Tests.Importing;

/// <summary>
/// The records import writes, read by the site's own generator (Jekyll 4.3, Hugo 0.111): each is
/// published, with the talk's date and title, at the URL the reader gives it.
/// </summary>
public sealed class ImportGeneratorOracleTests
{
    public static TheoryData<string> Targets() => ["academicpages--academicpages.github.io", "olofmogren--olofmogren.github.io", "GeertLitjens--academic-kickstart"];

    [Theory]
    [MemberData(nameof(Targets))]
    public void ImportedRecords_ArePublishedByTheGenerator_WithDateTitleAndUrl(string target)
    {
        var corpus = TestEnvironment.RequireCorpus();
        // The seed site's talks, with a title and a venue that need escaping added.
        var talks = new TalkReader(new ReaderOptions()).Read([TestEnvironment.RequireSeedSite()], CancellationToken.None).Talks
            .Append(new Talk
            {
                Title = "Generic <T> types & *stars*: {{ site.title }}",
                Date = new TalkDate(2024, 2, 29),
                Venue = "Ångström Lab, \"Uppsala\"",
                Source = new SourceLocation("hostile.bib", 1),
            })
            .ToList();
        using var temp = new TempDirectory();
        var site = temp.CopyTree(Path.Combine(corpus, target), "site");
        var dialect = SiteImport.DetectDialect(site)!;
        var import = new SiteImport(site, dialect, SiteInfo.Unknown);
        foreach (var file in Directory.GetFiles(Path.Combine(site, import.Folder), "*.md", SearchOption.AllDirectories))
        {
            // An empty talks folder in the site's own configuration: every talk is new to it.
            File.Delete(file);
        }

        var created = import.Run(talks, [], dryRun: false).Where(r => r.Status == ImportStatus.Created).ToList();
        Assert.Equal(talks.Select(TalkQuery.DuplicateKey).Distinct().Count(), created.Count);

        var ours = new TalkReader(new ReaderOptions()).Read([site], CancellationToken.None).Talks
            .ToDictionary(t => Path.GetRelativePath(site, t.Source.FullPath!).Replace('\\', '/'), StringComparer.Ordinal);
        var (pages, failure) = SiteGenerator.Read(site);
        Assert.True(failure is null, failure);
        var byPath = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        foreach (var record in created)
        {
            Assert.True(byPath.TryGetValue(record.Path!, out var page), $"{target}: the generator does not publish {record.Path}");
            Assert.True(page!.Published, record.Path);
            Assert.Equal(record.Talk.Date?.ToString(), page.Date);
            // Jekyll gives the title as the YAML holds it (character references the browser shows as characters); Hugo as text.
            Assert.Equal(record.Talk.Title, dialect == "hugo" ? page.Title : WebUtility.HtmlDecode(page.Title));
            // A site without `url` in its configuration has site-relative URLs in Jekyll; the reader adds the host from its CNAME.
            var url = ours[record.Path!].Links.Page!;
            Assert.Equal(page.Url, page.Url.StartsWith('/') ? new Uri(url).PathAndQuery : url);
        }
    }
}
