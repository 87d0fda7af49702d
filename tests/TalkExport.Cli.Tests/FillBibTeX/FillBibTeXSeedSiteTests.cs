using System.Text;
using System.Text.RegularExpressions;
using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests.FillBibTeX;

/// <summary>fill-bibtex on a copy of the seed site (issue 3's "done means"), checked with PyYAML and against the bibtex verb's own entries.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class FillBibTeXSeedSiteTests
{
    private static readonly string[] Unreadable = ["2015-11-12-ml-on-gpus.md", "2016-10-06-neural-networks-guest-lecture.md", "2021-01-20-learned-representations.md"];
    private const string Crlf = "2014-05-08-vetenskapsfestivalen.md";
    private const string Bom = "2016-02-18-attention-models.md";
    private const string CrlfAndBom = "2020-11-05-uncertainty-in-deep-learning.md";

    private static string CopySeed(TempDirectory temp)
    {
        var site = temp.CopyTree(TestEnvironment.RequireSeedSite(), "site");
        foreach (var file in Directory.GetFiles(site, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var posts = Path.Combine(site, "talks", "_posts");
        Convert(Path.Combine(posts, Crlf), crlf: true, bom: false);
        Convert(Path.Combine(posts, Bom), crlf: false, bom: true);
        Convert(Path.Combine(posts, CrlfAndBom), crlf: true, bom: true);
        return site;
    }

    private static void Convert(string path, bool crlf, bool bom)
    {
        var text = File.ReadAllText(path);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        YamlOracle.WriteExact(path, (bom ? "\uFEFF" : "") + (crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text));
    }

    private static Dictionary<string, byte[]> Snapshot(string posts) =>
        Directory.GetFiles(posts).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void FillBibTeX_SeedSiteCopy_FillsThirtyRecordsChangingOnlyTheBibtexKey()
    {
        using var temp = new TempDirectory();
        var site = CopySeed(temp);
        var posts = Path.Combine(site, "talks", "_posts");
        var before = Snapshot(posts);
        var bib = CliRunner.Run("bibtex", site);
        var entries = bib.Stdout.Split("\n}\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Trim('\n') + "\n}")
            .ToDictionary(e => EntryKey().Match(e).Groups[1].Value, StringComparer.Ordinal);
        Assert.Equal(30, entries.Count);

        var fill = CliRunner.Run("fill-bibtex", site);
        Assert.True(fill.ExitCode == 2, fill.ToString());
        Assert.Contains("fill-bibtex: filled 30, already had an entry 0", fill.Stderr, StringComparison.Ordinal);
        Assert.Contains("2014-11-04-automatic-multi-document-summarization.md:13:1: warning TE8009", fill.Stderr, StringComparison.Ordinal);

        var after = Snapshot(posts);
        var originals = temp.Combine("originals");
        Directory.CreateDirectory(originals);
        var cases = new List<YamlEditCase>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, bytes) in after)
        {
            if (Unreadable.Contains(name) || !name.StartsWith("20", StringComparison.Ordinal))
            {
                Assert.Equal(before[name], bytes);
                continue;
            }

            var oldText = Encoding.UTF8.GetString(before[name]);
            var newText = Encoding.UTF8.GetString(bytes);
            var key = EntryKey().Match(newText).Groups[1].Value;
            Assert.True(keys.Add(key), key);
            var eol = name is Crlf or CrlfAndBom ? "\r\n" : "\n";
            var diff = LineDiff.Of(oldText, newText);
            Assert.Equal(["bibtex: " + eol], diff.Removed);
            Assert.Equal("bibtex: |" + eol, diff.Added[0]);
            Assert.Equal(entries[key].Split('\n').Select(l => "  " + l + eol), diff.Added.Skip(1));
            var original = Path.Combine(originals, name);
            File.WriteAllBytes(original, before[name]);
            cases.Add(new YamlEditCase(original, Path.Combine(posts, name), "bibtex", entries[key] + "\n"));
        }

        Assert.Equal(30, cases.Count);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, after[Bom][..3]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, after[CrlfAndBom][..3]);
        Assert.DoesNotMatch(BareLineFeed(), Encoding.UTF8.GetString(after[Crlf]));
        Assert.DoesNotMatch(BareLineFeed(), Encoding.UTF8.GetString(after[CrlfAndBom]));
        Assert.Empty(YamlOracle.Check(cases));

        var check = CliRunner.Run("fill-bibtex", site, "--check");
        Assert.True(check.ExitCode == 2, check.ToString());
        var second = CliRunner.Run("fill-bibtex", site);
        Assert.True(second.ExitCode == 2, second.ToString());
        Assert.Contains("filled 0, already had an entry 30", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(after, Snapshot(posts));
        Assert.Empty(Directory.GetFiles(posts, ".*"));
    }

    [Fact]
    public void FillBibTeX_CheckAndDryRunBeforeFilling_ExitFiveAndWriteNothing()
    {
        using var temp = new TempDirectory();
        var site = CopySeed(temp);
        var posts = Path.Combine(site, "talks", "_posts");
        var before = Snapshot(posts);
        var check = CliRunner.Run("fill-bibtex", site, "--check");
        Assert.True(check.ExitCode == 5, check.ToString());
        Assert.Empty(check.StdoutBytes);
        var dry = CliRunner.Run("fill-bibtex", site, "--dry-run");
        Assert.True(dry.ExitCode == 2, dry.ToString());
        Assert.Equal(30, Regex.Count(dry.Stdout, "^\\+bibtex: \\|$", RegexOptions.Multiline));
        Assert.Contains("-bibtex: \n+bibtex: |\n+  @misc{mogren2020uncertainty,\n", dry.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(posts));
    }

    [Fact]
    public void FillBibTeX_ReadOnlyRecord_ExitFourAndIntactOthersFilled()
    {
        using var temp = new TempDirectory();
        var site = CopySeed(temp);
        var posts = Path.Combine(site, "talks", "_posts");
        var locked = Path.Combine(posts, "2019-12-12-augmented-neural-odes.md");
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = File.ReadAllBytes(locked);
        var fill = CliRunner.Run("fill-bibtex", site);
        Assert.True(fill.ExitCode == 4, fill.ToString());
        Assert.Contains("2019-12-12-augmented-neural-odes.md: error TE8005: the file is read-only", fill.Stderr, StringComparison.Ordinal);
        Assert.Contains("filled 29", fill.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(locked));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(locked));
    }

    [GeneratedRegex(@"@misc\{([^,\s]+),")]
    private static partial Regex EntryKey();

    [GeneratedRegex(@"(?<!\r)\n")]
    private static partial Regex BareLineFeed();
}
