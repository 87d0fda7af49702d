using System.Text.Json;
using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Security;

/// <summary>
/// The <c>hostile-files</c> site of issue 17, built at run time (git cannot hold FIFOs or devices):
/// a FIFO record, a device record, records and site files linked out of the site (one to the
/// zero device), a directory loop, and sentinel files outside. Every verb must finish (a hang is
/// caught by a generous timeout), report the bad files, export each valid record once, and leave
/// the sentinels and devices as they were. Devices are made with mknod in a temporary folder.
/// </summary>
public sealed class HostileFilesSiteTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string[], int> Verbs => new()
    {
        { ["list"], 2 },
        { ["validate"], 2 },
        { ["report"], 2 },
        { ["json"], 2 },
        { ["bibtex"], 2 },
        { ["csv"], 2 },
        { ["orcid"], 2 },
        { ["orcid-xml"], 2 },
        { ["csl"], 2 },
        { ["docx"], 2 },
        { ["template", "--template", "TEMPLATE"], 2 },
        { ["export", "-f", "bibtex,csv", "--output-dir", "OUT"], 2 },
        { ["fill-bibtex", "--check"], 5 },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void HostileSite_EveryVerb_FinishesWithDiagnosticsAndLeavesEverythingAsItWas(string[] verb, int exit)
    {
        var site = BuildHostileSite(out var sentinels, out var devices);
        var before = sentinels.ToDictionary(s => s, s => (File.ReadAllBytes(s), File.GetLastWriteTimeUtc(s)));
        var args = verb.Select(a => a switch
        {
            "TEMPLATE" => Path.Combine(TestEnvironment.SamplesPath, "templates", "talks.md.liquid"),
            "OUT" => _dir.Combine("out"),
            _ => a,
        });

        var result = RunGuarded([args.First(), site, .. args.Skip(1)]);

        Assert.True(exit == result.ExitCode, result.ToString());
        Assert.Contains("2024-01-01-fifo.md: error TE1018: not read: not a regular file", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("2024-01-02-zero.md: error TE1018", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("secret.example", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", result.Stdout, StringComparison.Ordinal);
        foreach (var (path, (bytes, mtime)) in before)
        {
            Assert.Equal(bytes, File.ReadAllBytes(path));
            Assert.Equal(mtime, File.GetLastWriteTimeUtc(path));
        }

        foreach (var (path, type) in devices)
        {
            Assert.Equal(type, SpecialFiles.TypeOf(path));
        }
    }

    [Fact]
    public void HostileSite_Json_ExportsEachValidRecordOnceAndNoLinkedSecret()
    {
        var clean = Titles(RunGuarded("json", _dir.CopyTree(TestEnvironment.SamplesPath, "clean")).Stdout);
        var site = BuildHostileSite(out _, out _);

        var result = RunGuarded("json", site);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(clean, Titles(result.Stdout)); // the loop adds nothing, the outside record is not read
        Assert.Contains("CNAME: warning TE1020: site file not read: it is a link that leads outside the site", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("_config.yml: warning TE1020", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileSite_FollowSymlinks_ReadsTheOutsideRecordButNeverADevice()
    {
        var site = BuildHostileSite(out _, out _);

        var result = RunGuarded("json", site, "--follow-symlinks");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Outside", Titles(result.Stdout));
        Assert.Contains("2024-01-03-devzero.md: error TE1018: not read: not a regular file", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("evil.example", result.Stdout, StringComparison.Ordinal); // asked for: the linked _config.yml is read
    }

    [Theory]
    [InlineData("_config.yml", "fifo")]
    [InlineData("_config.yml", "device")]
    [InlineData("CNAME", "fifo")]
    [InlineData("CNAME", "device")]
    [InlineData("hugo/hugo.toml", "fifo")]
    [InlineData("hugo/content/authors/maren/_index.md", "device")]
    public void SiteFile_FifoOrDevice_IsNotReadAndTheRunFinishes(string file, string kind)
    {
        var site = _dir.CopyTree(TestEnvironment.SamplesPath, "site");
        var path = Path.Combine(site, file);
        File.Delete(path);
        MakeSpecial(path, kind);
        var root = file.StartsWith("hugo/", StringComparison.Ordinal) ? Path.Combine(site, "hugo") : site;
        if (file == "CNAME")
        {
            // Jekyll's url wins over CNAME: without one, CNAME is what gives the site's address.
            var jekyll = Path.Combine(site, "_config.yml");
            File.WriteAllLines(jekyll, File.ReadAllLines(jekyll).Where(l => !l.StartsWith("url:", StringComparison.Ordinal)));
        }

        var result = RunGuarded("json", root);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{Path.GetFileName(file)}: warning TE1020: site file not read: not a regular file", result.Stderr, StringComparison.Ordinal);
        Assert.NotEmpty(Keys(result.Stdout));
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("large")]
    [InlineData("outside")]
    public void FoundTalkexportYml_NotARegularFileInsideTheSiteWithinTheLimit_IsAConfigError(string kind)
    {
        var site = _dir.CopyTree(TestEnvironment.SamplesPath, "site");
        var config = Path.Combine(site, "talkexport.yml");
        File.Delete(config);
        switch (kind)
        {
            case "fifo":
                MakeSpecial(config, "fifo");
                break;
            case "large":
                File.WriteAllText(config, "owner: \"" + new string('x', 2 * 1024 * 1024) + "\"\n");
                break;
            default:
                File.WriteAllText(_dir.Combine("elsewhere.yml"), "owner: Someone Else\n");
                File.CreateSymbolicLink(config, _dir.Combine("elsewhere.yml"));
                break;
        }

        var result = RunGuarded("json", site);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("talkexport.yml: error TE7010: not read: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(kind switch { "fifo" => "not a regular file", "large" => "more than the limit of 1048576", _ => "outside the site" }, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserNamedConfigRecordAndTemplate_Fifo_AreReadAsStreams()
    {
        using var config = await PipedFifo.Open(_dir.Combine("config.fifo"), "owner: Piped Owner\n", Patience);
        using var record = await PipedFifo.Open(_dir.Combine("record.fifo"), "---\ntitle: A Piped Talk\ndate: 2024-02-02\n---\n", Patience);
        using var template = await PipedFifo.Open(_dir.Combine("template.fifo"), "{% for talk in talks %}[{{ talk.title }}]{% endfor %}", Patience);

        var result = RunGuarded("template", record.Path, "--config", config.Path, "--template", template.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("[A Piped Talk]", result.Stdout.Trim());
        await Task.WhenAll(config.Writer, record.Writer, template.Writer).WaitAsync(Patience, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("--config")]
    [InlineData("--template")]
    [InlineData("PATH")]
    public void UserNamed_ZeroDevice_IsReadOnlyUpToTheLimit(string option)
    {
        var zero = _dir.Combine("zero");
        MakeSpecial(zero, "device");
        string[] args = option switch
        {
            "PATH" => ["json", zero],
            "--template" => ["template", TestEnvironment.SamplesPath, "--template", zero],
            _ => ["json", TestEnvironment.SamplesPath, option, zero],
        };

        var result = RunGuarded(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("more than the limit of", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("character special file", SpecialFiles.TypeOf(zero));
    }

    [Theory]
    [InlineData("--config")]
    [InlineData("PATH")]
    public void UserNamed_BlockDevice_IsNeverRead(string option)
    {
        var block = _dir.Combine("blk");
        SpecialFiles.Node(block, "b", "7", "0");
        string[] args = option == "PATH" ? ["json", block] : ["json", TestEnvironment.SamplesPath, option, block];

        var result = RunGuarded(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("a block device is never read", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("block special file", SpecialFiles.TypeOf(block));
    }

    // The samples site with every hostile kind of file in it, and sentinels outside.
    private string BuildHostileSite(out List<string> sentinels, out List<(string Path, string Type)> devices)
    {
        var site = _dir.CopyTree(TestEnvironment.SamplesPath, "hostile-files");
        var outside = Directory.CreateDirectory(_dir.Combine("outside")).FullName;
        var posts = Path.Combine(site, "talks", "_posts");
        var secret = Path.Combine(outside, "secret.txt");
        File.WriteAllText(secret, "secret.example\n");
        var config = Path.Combine(outside, "config.yml");
        File.WriteAllText(config, "url: https://evil.example\nname: Evil Owner\n");
        var record = Path.Combine(outside, "2024-01-04-outside.md");
        File.WriteAllText(record, "---\ntitle: Outside\ndate: 2024-01-04\n---\n");
        sentinels = [secret, config, record];

        MakeSpecial(Path.Combine(posts, "2024-01-01-fifo.md"), "fifo");
        MakeSpecial(Path.Combine(posts, "2024-01-02-zero.md"), "device");
        var zero = Path.Combine(outside, "zero");
        MakeSpecial(zero, "device");
        File.CreateSymbolicLink(Path.Combine(posts, "2024-01-03-devzero.md"), zero);
        File.CreateSymbolicLink(Path.Combine(posts, "2024-01-04-outside.md"), record);
        Directory.CreateSymbolicLink(Path.Combine(posts, "loop"), "..");
        File.Delete(Path.Combine(site, "_config.yml"));
        File.CreateSymbolicLink(Path.Combine(site, "_config.yml"), config);
        File.CreateSymbolicLink(Path.Combine(site, "CNAME"), secret);
        devices = [(Path.Combine(posts, "2024-01-01-fifo.md"), "fifo"), (Path.Combine(posts, "2024-01-02-zero.md"), "character special file"), (zero, "character special file")];
        return site;
    }

    private static CliResult RunGuarded(params string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args), TestContext.Current.CancellationToken);
        Assert.True(run.Wait(Patience, TestContext.Current.CancellationToken), $"talkexport {string.Join(' ', args)} did not finish in {Patience.TotalSeconds} s");
        return run.Result;
    }

    private static List<string> Keys(string json) => Field(json, "key");

    private static List<string> Titles(string json) => Field(json, "title");

    private static List<string> Field(string json, string name) =>
        [.. JsonDocument.Parse(json).RootElement.EnumerateArray().Select(t => t.GetProperty(name).GetString()!).Order(StringComparer.Ordinal)];

    private static void MakeSpecial(string path, string kind)
    {
        if (kind == "fifo")
        {
            SpecialFiles.Fifo(path);
        }
        else
        {
            SpecialFiles.Zero(path);
        }
    }
}
