using System.Diagnostics;
using System.Text;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

/// <summary>Hostile records, written here into a temporary site: each gives its diagnostic in bounded time, and a valid neighbour is still read.</summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);
    private readonly TempDirectory _temp = new();

    public HostileInputTests()
    {
        Site = _temp.Combine("site");
        Directory.CreateDirectory(Path.Combine(Site, "_talks"));
        File.WriteAllText(Path.Combine(Site, "_config.yml"), "title: Test site\nurl: https://example.org\nname: Ada Example\n");
        WriteTalk("2020-01-01-valid.md", "title: A valid neighbour\ndate: 2020-01-01\nvenue: Somewhere\n");
    }

    private string Site { get; }

    public void Dispose() => _temp.Dispose();

    private string WriteTalk(string name, string frontMatter, string body = "Abstract.\n")
    {
        var path = Path.Combine(Site, "_talks", name);
        File.WriteAllText(path, "---\n" + frontMatter + "---\n" + body);
        return path;
    }

    private ReadResult ReadSite(ReaderOptions? options = null)
    {
        var watch = Stopwatch.StartNew();
        var result = new TalkReader(options).Read([Site], TestContext.Current.CancellationToken);
        Assert.True(watch.Elapsed < Budget, $"reading took {watch.Elapsed}");
        Assert.Contains(result.Talks, t => t.Title == "A valid neighbour");
        foreach (var d in result.Diagnostics)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(d.ToString());
        }

        return result;
    }

    private static Diagnostic Single(ReadResult result, string code, string fileName) =>
        Assert.Single(result.Diagnostics, d => d.Code == code && d.Path.EndsWith("/" + fileName, StringComparison.Ordinal));

    [Fact]
    public void Read_InvalidUtf8_ErrorWithByteOffsetAndLine()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\n---\nBody\n")).ToArray();
        File.WriteAllBytes(Path.Combine(Site, "_talks", "2020-02-02-latin1.md"), bytes);

        var d = Single(ReadSite(), ReaderDiagnosticCodes.InvalidUtf8, "2020-02-02-latin1.md");

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal((2, 11), (d.Line, d.Column));
        Assert.Contains("byte offset 14", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileNameNotUtf8_ErrorShowsItsBytes()
    {
        // .NET writes every name as UTF-8, so the shell makes this one: "café" in Latin-1.
        var folder = Path.Combine(Site, "_talks");
        var make = new ProcessStartInfo("sh") { ArgumentList = { "-c", "printf -- '---\ntitle: X\n---\n' > \"$1/2020-04-04-caf$(printf '\\351').md\"", "sh", folder } };
        using (var process = Process.Start(make)!)
        {
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }

        var d = Assert.Single(ReadSite().Diagnostics, d => d.Code == ReaderDiagnosticCodes.ReadFailed);

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("2020-04-04-caf\\xe9.md", d.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AuthorNamesWithHtml_AreText()
    {
        WriteTalk("2020-05-05-html-names.md", "title: Names\ndate: 2020-05-05\nauthors: \"<b>Ada</b> Example, <i>Charles</i> Babbage &amp; co\"\n");

        var talk = Assert.Single(ReadSite().Talks, t => t.Title == "Names");

        Assert.Equal(["Ada Example", "Charles Babbage & co"], talk.Authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("loose/2020-06-06-x.md", "title: Loose\ndate: 2020-06-06\n", null)]
    [InlineData("loose/talks/_posts/2020-06-06-x.md", "title: Loose\ndate: 2020-06-06\n", null)]
    [InlineData("loose/content/event/x/index.md", "title: Loose\ndate: 2020-06-06\n", null)]
    [InlineData("loose/_talks/2020-06-06-x.md", "title: Loose\ndate: 2020-06-06\npermalink: /talks/loose/\n", "/talks/loose/")]
    public void Read_RecordOutsideAnySite_NoPageMadeFromItsFolders(string relative, string frontMatter, string? page)
    {
        var path = _temp.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "---\n" + frontMatter + "---\n");

        var talk = Assert.Single(new TalkReader().Read([path], TestContext.Current.CancellationToken).Talks);

        Assert.Equal(page, talk.Links.Page);
    }

    [Fact]
    public void Read_DateNamedFileWithoutFrontMatterInCollection_Error()
    {
        File.WriteAllText(Path.Combine(Site, "_talks", "2020-03-03-plain.md"), "Just Markdown, no front matter.\n");
        File.WriteAllText(Path.Combine(Site, "_talks", "README.md"), "Notes about this folder.\n");

        var result = ReadSite();

        Assert.Equal(DiagnosticSeverity.Error, Single(result, ReaderDiagnosticCodes.NoFrontMatter, "2020-03-03-plain.md").Severity);
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.EndsWith("README.md", StringComparison.Ordinal));
        Assert.Equal(2, result.CandidateFiles);
    }

    [Fact]
    public void Read_FileWithoutFrontMatterOutsideCollections_IsIgnored()
    {
        var notes = _temp.Combine("notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "2020-03-03-plain.md"), "No front matter here.\n");

        var result = new TalkReader().Read([notes], TestContext.Current.CancellationToken);

        Assert.Equal(0, result.CandidateFiles);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Read_UnterminatedFrontMatter_ErrorAtLineOne()
    {
        File.WriteAllText(Path.Combine(Site, "_talks", "2020-04-04-open.md"), "---\ntitle: Never closed\n\nBody text\n");

        var d = Single(ReadSite(), ReaderDiagnosticCodes.UnterminatedFrontMatter, "2020-04-04-open.md");

        Assert.Equal((DiagnosticSeverity.Error, 1, 1), (d.Severity, d.Line, d.Column));
    }

    [Fact]
    public void Read_TabIndentation_ErrorOnTheTabLine()
    {
        WriteTalk("2020-05-05-tabs.md", "title: Tabs\ntags:\n\t- one\n");

        var d = Single(ReadSite(), ReaderDiagnosticCodes.InvalidYaml, "2020-05-05-tabs.md");

        Assert.Equal(4, d.Line);
        Assert.Contains("tab", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ImpossibleDateInPostName_Error()
    {
        var posts = Path.Combine(Site, "talks", "_posts");
        Directory.CreateDirectory(posts);
        File.WriteAllText(Path.Combine(posts, "2021-02-30-leap.md"), "---\ntitle: No such day\n---\n");

        var result = ReadSite();

        Assert.Equal(DiagnosticSeverity.Error, Single(result, ReaderDiagnosticCodes.ImpossibleDateInName, "2021-02-30-leap.md").Severity);
        Assert.DoesNotContain(result.Talks, t => t.Title == "No such day");
    }

    [Fact]
    public void Read_YamlNested20000Deep_KeyDroppedWithWarningRecordRead()
    {
        WriteTalk("2020-06-06-deep.md", "title: Deep\ndeep: " + new string('[', 20_000) + new string(']', 20_000) + "\nblock:\n" + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "- \n")));

        var result = ReadSite();

        Assert.Contains(result.Talks, t => t.Title == "Deep");
        var warnings = result.Diagnostics.Where(d => d.Code == ReaderDiagnosticCodes.TooDeep).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Equal(3, warnings[0].Line);
    }

    [Fact]
    public void Read_TomlNested20000Deep_ErrorNotStackOverflow()
    {
        File.WriteAllText(Path.Combine(Site, "_talks", "2020-06-07-deep.md"), "+++\ntitle = \"Deep\"\ndeep = " + new string('[', 20_000) + new string(']', 20_000) + "\n+++\n");

        var d = Single(ReadSite(), ReaderDiagnosticCodes.TooDeep, "2020-06-07-deep.md");

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void Read_AliasBombInUnusedKey_DroppedWithWarningRecordRead()
    {
        var bomb = new StringBuilder("lol0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i <= 9; i++)
        {
            bomb.Append("lol").Append(i).Append(": &l").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*l" + (i - 1), 10))).Append("]\n");
        }

        WriteTalk("2020-07-07-bomb.md", "title: Bomb\n" + bomb);

        var result = ReadSite();

        var talk = Assert.Single(result.Talks, t => t.Title == "Bomb");
        var warnings = result.Diagnostics.Where(d => d.Code == ReaderDiagnosticCodes.AliasExpansion).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.DoesNotContain(talk.Extra, e => e.Key == "lol9");
        Assert.Contains(talk.Extra, e => e.Key == "lol0");
    }

    [Fact]
    public void Read_SymlinkLoopAndLinkOutOfRoot_TerminatesAndStaysInside()
    {
        var outside = _temp.Combine("outside", "_talks");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "2020-08-08-outside.md"), "---\ntitle: Outside the root\n---\n");
        Directory.CreateSymbolicLink(Path.Combine(Site, "_talks", "loop"), Path.Combine(Site, "_talks"));
        Directory.CreateSymbolicLink(Path.Combine(Site, "_talks", "escape"), outside);

        var result = ReadSite();

        Assert.DoesNotContain(result.Talks, t => t.Title == "Outside the root");
        Assert.Single(result.Talks);
        Assert.Contains(result.Diagnostics, d => d.Code == ReaderDiagnosticCodes.SymlinkSkipped && d.Path.EndsWith("/escape", StringComparison.Ordinal));

        var followed = ReadSite(new ReaderOptions { FollowSymlinks = true });

        Assert.Contains(followed.Talks, t => t.Title == "Outside the root");
        Assert.Equal(2, followed.Talks.Count);
    }

    [Fact]
    public void Read_FiveMegabyteBody_IsRead()
    {
        var body = string.Concat(Enumerable.Repeat("A paragraph of a very long talk description.\n\n", 5 * 1024 * 1024 / 46));
        WriteTalk("2020-09-09-long.md", "title: Long body\n", body);

        var result = ReadSite();

        Assert.Contains(result.Talks, t => t.Title == "Long body");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("yaml")]
    [InlineData("toml")]
    public void Read_MoreKeysThanTheLimit_ErrorAndAtTheLimitEveryExtraKept(string format)
    {
        string Record(int keys) => format == "yaml"
            ? "---\ntitle: Many\ndate: 2020-01-01\n" + string.Concat(Enumerable.Range(0, keys - 2).Select(i => $"k{i}: v\n")) + "---\n"
            : "+++\ntitle = \"Many\"\ndate = 2020-01-01\n" + string.Concat(Enumerable.Range(0, keys - 2).Select(i => $"k{i} = \"v\"\n")) + "+++\n";
        var limits = ReaderLimits.Default;
        File.WriteAllText(Path.Combine(Site, "_talks", "2020-03-03-over.md"), Record(limits.MaxKeys + 1));
        File.WriteAllText(Path.Combine(Site, "_talks", "2020-03-04-at.md"), Record(limits.MaxKeys));

        var result = ReadSite();

        var d = Single(result, ReaderDiagnosticCodes.TooManyKeys, "2020-03-03-over.md");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("more than the limit of 10000", d.Message, StringComparison.Ordinal);
        var atLimit = Assert.Single(result.Talks, t => t.Source.Path.EndsWith("2020-03-04-at.md", StringComparison.Ordinal));
        Assert.Equal(limits.MaxKeys - 2, atLimit.Extra.Count);
    }

    [Theory]
    [InlineData("body")]
    [InlineData("excerpt")]
    public void Read_MarkdownNested130Deep_TalkKeptWithoutThatTextAndAWarning(string where)
    {
        var deep = string.Concat(Enumerable.Repeat("> ", 130)) + "quote";
        var path = where == "body"
            ? WriteTalk("2020-04-04-deep.md", "title: Deep quote\ndate: 2020-04-04\n", deep + "\n")
            : WriteTalk("2020-04-04-deep.md", $"title: Deep quote\ndate: 2020-04-04\nexcerpt: \"{deep}\"\n", "");

        var result = ReadSite();

        var talk = Assert.Single(result.Talks, t => t.Title == "Deep quote");
        Assert.Null(talk.Abstract);
        var d = Single(result, Core.Reading.Dialects.MappingDiagnosticCodes.MarkdownTooDeep, Path.GetFileName(path));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(where == "body" ? 5 : 4, d.Line);
        Assert.DoesNotContain(result.Diagnostics, x => x.Code == DiagnosticCodes.InternalError);
    }

    [Fact]
    public void Read_FileOverSizeLimit_ErrorWithoutReading()
    {
        WriteTalk("2020-10-10-huge.md", "title: Huge\n", new string('x', 2048));

        var d = Single(ReadSite(new ReaderOptions { Limits = new ReaderLimits { MaxFileBytes = 1024 } }), ReaderDiagnosticCodes.FileTooLarge, "2020-10-10-huge.md");

        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void Read_C1ControlCharactersInYaml_ErrorAndTheBatchGoesOn()
    {
        WriteTalk("2020-11-11-mojibake.md", "title: \"Caf\u00C3\u0083\u00C2\u00A9 talk\"\n");

        var result = ReadSite();

        var d = Single(result, ReaderDiagnosticCodes.ControlCharacters, "2020-11-11-mojibake.md");
        Assert.Equal((DiagnosticSeverity.Error, 2, 13), (d.Severity, d.Line, d.Column));
        Assert.Single(result.Talks);
    }
}
