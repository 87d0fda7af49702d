using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Security;

/// <summary>
/// What <c>-o</c> may write to (issue 17, "High"): a device or FIFO is written in place and stays
/// what it was, a record read by the run is never overwritten, a symlink is followed and kept.
/// Devices are made with mknod in a temporary folder, never the real /dev.
/// </summary>
public sealed class OutputTargetTests
{
    [Fact]
    public void Output_CharacterDevice_IsWrittenInPlaceAndStaysADevice()
    {
        using var dir = new TempDirectory();
        var device = Path.Combine(dir.Path, "null");
        SpecialFiles.Node(device, "c", "1", "3"); // the null device's numbers

        var result = CliRunner.Run("csv", TestEnvironment.SamplesPath, "-o", device);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("character special file", SpecialFiles.TypeOf(device));
        Assert.Empty(Directory.GetFiles(dir.Path, ".*.tmp"));
    }

    [Fact]
    public async Task Output_Fifo_IsStreamedToItsReader()
    {
        using var dir = new TempDirectory();
        var fifo = Path.Combine(dir.Path, "pipe");
        SpecialFiles.Fifo(fifo);
        var token = TestContext.Current.CancellationToken;
        var reader = Task.Run(() => File.ReadAllText(fifo), token);

        var result = CliRunner.Run("csv", TestEnvironment.SamplesPath, "-o", fifo);
        var text = await reader.WaitAsync(TimeSpan.FromSeconds(60), token);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("key,date,", text, StringComparison.Ordinal);
        Assert.Equal("fifo", SpecialFiles.TypeOf(fifo));
    }

    // A rename in a writable folder replaces a read-only file, even for a user who may not write it.
    [Theory]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    [InlineData("csv", "-o", "talks.csv", "old csv\n")]
    [InlineData("jsonresume", "--into", "resume.json", "{ \"basics\": { \"name\": \"Ada\" } }\n")]
    [InlineData("rendercv", "--into", "cv.yaml", "cv:\n  name: Ada\n")]
    public void Output_ReadOnlyFile_IsRefusedAndKeepsItsBytes(string verb, string option, string name, string content)
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, name);
        File.WriteAllText(file, content);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = CliRunner.Run(verb, TestEnvironment.SamplesPath, option, file);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("is read-only", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(file));
        Assert.Empty(Directory.GetFiles(dir.Path, ".*.tmp"));
    }

    [Fact]
    public void Output_BlockDevice_IsRefusedAndStaysADevice()
    {
        using var dir = new TempDirectory();
        var device = Path.Combine(dir.Path, "blk");
        SpecialFiles.Node(device, "b", "7", "0");

        var result = CliRunner.Run("csv", TestEnvironment.SamplesPath, "-o", device);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("block device", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("block special file", SpecialFiles.TypeOf(device));
    }

    [Theory]
    [InlineData("as-given")]
    [InlineData("dot-dot")]
    [InlineData("hard-link")]
    [InlineData("symlink")]
    public void Output_OneOfTheRecordsRead_IsRefusedAndKeepsItsBytes(string spelling)
    {
        using var dir = new TempDirectory();
        var site = CopySamples(dir.Path);
        var record = Directory.GetFiles(Path.Combine(site, "talks", "_posts"), "*.md").Order(StringComparer.Ordinal).First();
        var before = File.ReadAllBytes(record);
        var target = spelling switch
        {
            "dot-dot" => Path.Combine(site, "talks", "..", "talks", "_posts", Path.GetFileName(record)),
            "hard-link" => Link(record, Path.Combine(dir.Path, "hard.md"), symbolic: false),
            "symlink" => Link(record, Path.Combine(dir.Path, "soft.md"), symbolic: true),
            _ => record,
        };

        var result = CliRunner.Run("bibtex", site, "-o", target);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("one of the records", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(record));
    }

    [Fact]
    public void Output_Symlink_ReplacesTheFileItPointsToAndKeepsTheLink()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "talks.csv");
        File.WriteAllText(file, "old");
        var link = Path.Combine(dir.Path, "link.csv");
        File.CreateSymbolicLink(link, file);

        var result = CliRunner.Run("csv", TestEnvironment.SamplesPath, "-o", link);

        Assert.Equal(0, result.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("key,date,", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_Dash_IsStdoutAndEmptyIsAUsageError()
    {
        var dash = CliRunner.Run("csv", TestEnvironment.SamplesPath, "-o", "-");
        var empty = CliRunner.Run("csv", TestEnvironment.SamplesPath, "-o", "");

        Assert.Equal(0, dash.ExitCode);
        Assert.StartsWith("key,date,", dash.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, empty.ExitCode);
        Assert.DoesNotContain("   at ", empty.Stderr, StringComparison.Ordinal);
    }

    private static string Link(string target, string link, bool symbolic)
    {
        if (symbolic)
        {
            File.CreateSymbolicLink(link, target);
        }
        else
        {
            Assert.Equal(0, ExternalTool.Run(ExternalTool.Require("ln"), [target, link]).ExitCode);
        }

        return link;
    }

    private static string CopySamples(string into)
    {
        var site = Path.Combine(into, "site");
        foreach (var file in Directory.GetFiles(TestEnvironment.SamplesPath, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(site, Path.GetRelativePath(TestEnvironment.SamplesPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return site;
    }
}
