using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// The whole corpus against libyaml (through PyYAML): every file PyYAML reads gives the same values,
/// every file it rejects gives an error (C1 control characters aside: a warning, still read).
/// </summary>
public sealed class FrontMatterCorpusTests
{
    private static readonly string[] Extensions = [".md", ".markdown", ".html"];

    [Fact]
    public void Parse_EveryCurrentYamlFrontMatter_MatchesPyYaml()
    {
        var (compared, rejected) = CompareWithPyYaml(current: true);

        // Guards against a vacuous pass (a moved corpus, a broken enumeration).
        Assert.True(compared >= 190, $"only {compared} current files compared");
        Assert.True(rejected >= 3, $"only {rejected} current files rejected by libyaml");
    }

    [Fact]
    public void Parse_EveryOtherVersionYamlFrontMatter_MatchesPyYaml()
    {
        var (compared, _) = CompareWithPyYaml(current: false);

        Assert.True(compared >= 10, $"only {compared} _other-versions files compared");
    }

    private static (int Compared, int Rejected) CompareWithPyYaml(bool current)
    {
        var files = YamlFrontMatterFiles(TestEnvironment.RequireCorpus())
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}_other-versions{Path.DirectorySeparatorChar}", StringComparison.Ordinal) != current)
            .ToList();
        var (failures, rejected, loader) = PyYamlComparison.Run(files);
        TestContext.Current.TestOutputHelper?.WriteLine($"{files.Count} files, {files.Count - rejected} read by {loader}, {rejected} rejected");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        return (files.Count, rejected);
    }

    /// <summary>Every record-like file under <paramref name="root"/> that opens with a YAML fence, in ordinal order.</summary>
    internal static List<string> YamlFrontMatterFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(StartsWithYamlFence)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool StartsWithYamlFence(string path)
    {
        Span<byte> head = stackalloc byte[8];
        using var stream = File.OpenRead(path);
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head[..n];
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        return bytes.StartsWith("---"u8) && bytes.Length > 3 && bytes[3] is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'\t';
    }
}
