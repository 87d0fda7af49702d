using TalkExport.Core.Exporting;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Importing;

/// <summary>
/// The dialect writers against the dialect readers, over every corpus site: each site's talks written
/// as new records of an empty site of the same dialect and read back are the same talks (the page URL
/// excepted: a new record has its own).
/// </summary>
public sealed class RecordWriterRoundTripTests
{
    public static TheoryData<string> Sites()
    {
        var data = new TheoryData<string>();
        foreach (var site in TestEnvironment.RequireCorpusSites())
        {
            data.Add(Path.GetFileName(site));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void EveryTalk_WrittenAndReadBack_IsTheSameTalk(string siteName)
    {
        var site = Path.Combine(TestEnvironment.RequireCorpus(), siteName);
        var original = new TalkReader(new ReaderOptions()).Read([site], CancellationToken.None);
        // A data-file site's talks are items of one file: import writes no records there.
        var talks = original.Talks.Where(t => !t.Source.InDataFile).ToList();
        if (talks.Count == 0)
        {
            return;
        }

        // A corpus site that is a theme's example folders (no site configuration at its root) is one dialect by where its records are.
        var dialect = SiteImport.DetectDialect(site) ?? (talks[0].Source.Path.Contains("/content/", StringComparison.Ordinal) ? "hugo" : "academicpages");

        using var target = new TempDirectory();
        var owner = original.Site.Owner;
        var import = new SiteImport(target.Path, dialect, SiteInfo.Unknown with { Owner = owner });
        var results = import.Run(talks, [], dryRun: false);
        var written = results.Where(r => r.Status == ImportStatus.Created).ToList();
        // Two talks of one site with the same date and title are one talk to import (the --dedupe rule).
        Assert.Equal(talks.Select(TalkQuery.DuplicateKey).Distinct().Count(), written.Count);

        var back = new TalkReader(new ReaderOptions { Owner = owner, Dialect = dialect }).Read([target.Path], CancellationToken.None);
        Assert.DoesNotContain(back.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var byPath = back.Talks.ToDictionary(t => Path.GetRelativePath(target.Path, t.Source.FullPath!).Replace('\\', '/'), StringComparer.Ordinal);
        foreach (var record in written)
        {
            Assert.True(byPath.TryGetValue(record.Path!, out var read), $"{record.Path} was not read back");
            TalkFieldsAssert.Equal(record.Talk, read!, $"{siteName}: {record.Talk.Source.Path} → {record.Path}", jekyllPlace: dialect != "hugo");
        }
    }

    [Fact]
    public void ImportingTwice_AddsNothingTheSecondTime()
    {
        var site = TestEnvironment.RequireSeedSite();
        var talks = new TalkReader(new ReaderOptions()).Read([site], CancellationToken.None).Talks;
        using var target = new TempDirectory();
        var first = new SiteImport(target.Path, "jekyll-posts", SiteInfo.Unknown).Run(talks, [], dryRun: false);
        // The seed site has one talk twice (two posts, same date and title): imported once.
        Assert.Equal(talks.Count - 1, first.Count(r => r.Status == ImportStatus.Created));
        Assert.Single(first, r => r.Status == ImportStatus.DuplicateEntry);
        var files = Directory.GetFiles(target.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        var now = new TalkReader(new ReaderOptions { Dialect = "jekyll-posts" }).Read([target.Path], CancellationToken.None).Talks;
        var second = new SiteImport(target.Path, "jekyll-posts", SiteInfo.Unknown).Run(talks, now, dryRun: false);
        // Both posts of the twice-written talk are on the site now.
        Assert.Equal(talks.Count, second.Count(r => r.Status == ImportStatus.AlreadyOnSite));
        Assert.DoesNotContain(second, r => r.Status == ImportStatus.Created);
        Assert.Equal(files, Directory.GetFiles(target.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void SeedPost_HasTheListsShortVersion_AndThePagesLongVersion()
    {
        using var target = new TempDirectory();
        var talk = new Talk
        {
            Title = "Attention",
            Date = new TalkDate(2016, 2, 18),
            Abstract = "First <b>paragraph</b> & more.\n\nSecond one.",
            Source = new SourceLocation("in.bib", 1),
        };
        var record = Assert.Single(new SiteImport(target.Path, "jekyll-posts", SiteInfo.Unknown).Run([talk], [], dryRun: false));
        // talks/index.html prints shortversion in the list, _layouts/talks.html longversion on the page, both as HTML.
        Assert.Contains("shortversion: \"First &#60;b&#62;paragraph&#60;/b&#62; &#38; more.\"\n", record.Text, StringComparison.Ordinal);
        Assert.Contains("longversion: \"<p>First &#60;b&#62;paragraph&#60;/b&#62; &#38; more.</p><p>Second one.</p>\"\n", record.Text, StringComparison.Ordinal);
    }
}
