using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

public sealed class RecordDiscoveryTests : IDisposable
{
    private const string Record = "---\ntitle: T\n---\n";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private void Write(string relative, string text = Record)
    {
        var path = _temp.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private DiscoveryResult Discover(params string[] relative) =>
        new RecordDiscovery().Discover(relative.Select(r => _temp.Combine(r.Split('/'))).ToList());

    private List<string> Relative(DiscoveryResult result) =>
        result.Files.Select(f => Path.GetRelativePath(_temp.Path, f.FullPath).Replace('\\', '/')).ToList();

    [Fact]
    public void Discover_PostNameWithNonAsciiDigits_NotAPostAsInJekyll()
    {
        // Ruby's \d (Jekyll's post-name matcher) is ASCII only; these names once ended in an internal error.
        Write("talks/_posts/٢٠٢٠-01-05-arabic.md");
        Write("talks/_posts/2020-01-05-ascii.md");
        var result = Discover("talks");
        Assert.Equal(["talks/_posts/2020-01-05-ascii.md"], Relative(result));
        Assert.Contains(result.Diagnostics, d => d.Code == TalkExport.Core.Reading.Dialects.MappingDiagnosticCodes.NotAPost && d.Path.EndsWith("arabic.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Discover_JekyllSiteRoot_SearchesOnlyTalkCollections()
    {
        Write("site/_config.yml", "title: x\n");
        Write("site/talks/_posts/2020-01-01-a.md");
        Write("site/_talks/b.md");
        Write("site/_posts/talks/2020-02-02-c.md");
        Write("site/_posts/2020-03-03-blog.md");
        Write("site/about.md");
        Write("site/_layouts/talks.html");
        Write("site/talks/index.html");

        var result = Discover("site");

        Assert.Equal(["site/_posts/talks/2020-02-02-c.md", "site/_talks/b.md", "site/talks/_posts/2020-01-01-a.md"], Relative(result));
        Assert.Equal(3, result.CandidateFiles);
    }

    [Fact]
    public void Discover_JekyllSiteRoot_FindsTalksPostsInAnyFolder()
    {
        // Jekyll reads `_posts` inside every folder it reads: docs/talks/_posts is the talks list.
        Write("site/_config.yml", "title: x\n");
        Write("site/docs/talks/_posts/2011-03-23-a.md");
        Write("site/docs/blog/_posts/2011-03-24-blog.md");
        Write("site/_drafts/talks/_posts/2011-03-25-hidden.md");
        Write("site/node_modules/talks/_posts/2011-03-26-tooling.md");

        var result = Discover("site");

        Assert.Equal(["site/docs/talks/_posts/2011-03-23-a.md"], Relative(result));
    }

    [Fact]
    public void Discover_SiteWithoutTalkRecords_SaysWhereItLookedAndWhatItDoesNotRead()
    {
        Write("site/_config.yml", "title: x\n");
        Write("site/_data/people.yml", "- name: N\n");
        Write("site/_bibliography/talks.bib", "@misc{x}\n");
        Write("other/_config.yml", "title: y\n");
        Write("other/_talks/a.md");

        var result = Discover("site", "other");

        var d = Assert.Single(result.Diagnostics, d => d.Code == ReaderDiagnosticCodes.NoTalksInSite);
        Assert.EndsWith("site", d.Path, StringComparison.Ordinal);
        Assert.Contains("looked in _talks/", d.Message, StringComparison.Ordinal);
        Assert.Contains("_data/*talk*.{yml,yaml,json}", d.Message, StringComparison.Ordinal);
        Assert.Contains("_bibliography/talks.bib, a list TalkExport does not read", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_SiteWithoutTalkRecords_ReadsItsTalkDataFiles()
    {
        Write("site/_config.yml", "title: x\n");
        Write("site/_data/invited_talks.yml", "- title: T\n");
        Write("site/_data/talks.json", "[]\n");
        Write("site/_data/people.yml", "- name: N\n");
        Write("other/_config.yml", "title: y\n");
        Write("other/_talks/a.md");
        Write("other/_data/talks.yml", "- title: T\n");

        var result = Discover("site", "other");

        // `other` has talk records and no template looping over its data file: its records are its talks.
        Assert.Equal(["other/_talks/a.md", "site/_data/invited_talks.yml", "site/_data/talks.json"], Relative(result));
        Assert.All(result.Files.Where(f => f.DisplayPath.StartsWith("site/", StringComparison.Ordinal)), f => Assert.Equal("", f.DataList));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ReaderDiagnosticCodes.NoTalksInSite);
    }

    [Fact]
    public void Discover_TemplateLoopingOverADataList_ReadsThatList()
    {
        Write("site/_config.yml", "title: x\n");
        Write("site/_talks/a.md");
        Write("site/_pages/speaking.md", "---\nlayout: page\n---\n{% for talk in site.data.cv.lectures %}{{ talk.title }}{% endfor %}\n");
        Write("site/_data/cv.yml", "lectures:\n  - title: T\n");
        Write("site/_data/talks.yml", "- title: never looped over\n");

        var result = Discover("site");

        Assert.Equal(["site/_data/cv.yml", "site/_talks/a.md"], Relative(result));
        Assert.Equal("lectures", result.Files[0].DataList);
    }

    [Fact]
    public void Discover_HugoSite_SkipsListPagesAndAuthors()
    {
        Write("hugo/config.toml", "baseURL = 'https://example.org/'\n");
        Write("hugo/content/talk/_index.md");
        Write("hugo/content/talk/one/index.md", "+++\ntitle = 'One'\n+++\n");
        Write("hugo/content/event/two/index.en.md");
        Write("hugo/content/authors/admin/_index.md");
        Write("hugo/content/post/blog.md");

        var result = Discover("hugo");

        Assert.Equal(["hugo/content/event/two/index.en.md", "hugo/content/talk/one/index.md"], Relative(result));
        Assert.All(result.Files, f => Assert.True(f.InTalkCollection));
    }

    [Fact]
    public void Discover_PostWithoutDatePrefix_SkippedWithInfo()
    {
        Write("site/_config.yml", "title: x\n");
        Write("site/talks/_posts/2020-01-01-a.md");
        Write("site/talks/_posts/default-post.md");

        var result = Discover("site");

        Assert.Single(result.Files);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.EndsWith("default-post.md", d.Path, StringComparison.Ordinal);
        Assert.Equal(1, result.CandidateFiles);
    }

    [Fact]
    public void Discover_PlainFolder_FindsFrontMatterFilesAnywhereButNotAuthors()
    {
        Write("mixed/a/talk.md");
        Write("mixed/b/page.html");
        Write("mixed/b/notes.txt");
        Write("mixed/c/plain.md", "no front matter\n");
        Write("mixed/data/authors/me.md");

        var result = Discover("mixed");
        var read = new TalkReader().Read([_temp.Combine("mixed")], TestContext.Current.CancellationToken);

        // Outside a collection the front matter is checked when the file is read (one open per
        // file, not two): discovery only marks the files, the reader drops plain.md silently.
        Assert.Equal(["mixed/a/talk.md", "mixed/b/page.html", "mixed/c/plain.md"], Relative(result));
        Assert.All(result.Files, f => Assert.True(f.OnlyWithFrontMatter));
        Assert.Equal(2, read.CandidateFiles);
        Assert.Equal(["a/talk.md", "b/page.html"], read.Talks.Select(t => Path.GetRelativePath(_temp.Combine("mixed"), t.Source.Path).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(read.Diagnostics, d => d.ToString().Contains("plain.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Discover_RelativeArgument_GivesRelativeDisplayPathsInOrdinalOrder()
    {
        Write("rel/_talks/b.md");
        Write("rel/_talks/B.md");
        Write("rel/_talks/a.md");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _temp.Combine("rel")).Replace('\\', '/');

        var result = new RecordDiscovery().Discover([relative + "/"]);

        Assert.False(Path.IsPathRooted(relative));
        Assert.Equal([relative + "/_talks/B.md", relative + "/_talks/a.md", relative + "/_talks/b.md"], result.Files.Select(f => f.DisplayPath));
    }

    [Fact]
    public void Discover_SameFileTwice_ReadOnce()
    {
        Write("twice/_talks/a.md");

        var result = Discover("twice", "twice/_talks", "twice/_talks/a.md");

        Assert.Single(result.Files);
        Assert.Equal(1, result.CandidateFiles);
    }

    [Fact]
    public void Discover_MissingPath_Error()
    {
        var result = Discover("nowhere");

        Assert.Empty(result.Files);
        Assert.Equal(ReaderDiagnosticCodes.PathNotFound, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(0, result.CandidateFiles);
    }

    [Fact]
    public void Discover_MoreFilesThanLimit_ErrorAndTruncated()
    {
        for (var i = 0; i < 5; i++)
        {
            Write($"many/_talks/t{i}.md");
        }

        var options = new ReaderOptions { Limits = new ReaderLimits { MaxRecords = 3 } };
        var result = new RecordDiscovery(options).Discover([_temp.Combine("many")]);

        Assert.Equal(3, result.Files.Count);
        Assert.Equal(ReaderDiagnosticCodes.TooManyRecords, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Discover_PathWithNulCharacter_ErrorNotException()
    {
        var result = new RecordDiscovery().Discover(["bad\0path"]);

        Assert.Equal(ReaderDiagnosticCodes.PathNotFound, Assert.Single(result.Diagnostics).Code);
    }
}
