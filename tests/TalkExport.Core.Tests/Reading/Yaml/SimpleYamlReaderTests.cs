using System.Text;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Yaml;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Yaml;

/// <summary>
/// The fast path must give exactly what the YamlDotNet path gives (values, flags, positions) and
/// what libyaml gives, whenever it accepts a front matter; everything else it must hand over.
/// </summary>
public sealed class SimpleYamlReaderTests
{
    [Fact]
    public void TryRead_EveryCorpusAndSampleFrontMatter_SameTreeAsYamlDotNet()
    {
        var files = FrontMatterCorpusTests.YamlFrontMatterFiles(TestEnvironment.RequireCorpus())
            .Concat(FrontMatterCorpusTests.YamlFrontMatterFiles(TestEnvironment.SamplesPath))
            .ToList();
        var failures = new List<string>();
        var accepted = 0;
        foreach (var file in files)
        {
            if (FrontMatterOf(file) is not { } yaml)
            {
                continue;
            }

            if (Compare(yaml, file) is { } failure && failures.Count < 3)
            {
                failures.Add(failure);
            }

            accepted += SimpleYamlReader.TryRead(yaml, 1, ReaderLimits.Default) is null ? 0 : 1;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{files.Count} files, {accepted} read by the fast path");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(accepted >= files.Count / 2, $"the fast path read only {accepted} of {files.Count} files");
    }

    [Fact]
    public void TryRead_GeneratedFrontMatters_SameTreeAsYamlDotNet()
    {
        var generator = new YamlFrontMatterGenerator(seed: 20261126);
        var failures = new List<string>();
        var accepted = 0;
        const int Cases = 40_000;
        for (var i = 0; i < Cases; i++)
        {
            var yaml = generator.Next();
            if (Compare(yaml, $"case {i}") is { } failure && failures.Count < 5)
            {
                failures.Add(failure);
            }

            accepted += SimpleYamlReader.TryRead(yaml, 1, ReaderLimits.Default) is null ? 0 : 1;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{Cases} cases, {accepted} read by the fast path");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.InRange(accepted, Cases / 10, Cases * 9 / 10);
    }

    [Fact]
    public void Parse_GeneratedRecordsTheFastPathReads_SameValuesAsLibYaml()
    {
        using var folder = new TempDirectory();
        var generator = new YamlFrontMatterGenerator(seed: 7);
        var files = new List<string>();
        for (var i = 0; files.Count < 1500; i++)
        {
            var yaml = generator.Next();
            if (SimpleYamlReader.TryRead(yaml, 1, ReaderLimits.Default) is null)
            {
                continue;
            }

            var path = Path.Combine(folder.Path, $"case-{i:D5}.md");
            File.WriteAllText(path, "---\n" + yaml + "---\nbody\n", new UTF8Encoding(false));
            files.Add(path);
        }

        var (failures, rejected, _) = PyYamlComparison.Run(files);

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        Assert.Equal(0, rejected);
    }

    [Theory]
    [InlineData("title: \"a\n\n\n   b  \n c\"\n", "a\n\nb c")]
    [InlineData("title: 'it''s\n  here '\n", "it's here ")]
    [InlineData("title: \"x\\u00e9\\\"\\n\"\n", "xé\"\n")]
    [InlineData("title: \"Video: <a href='u'>Y</a>\n\"\n", "Video: <a href='u'>Y</a> ")]
    public void TryRead_QuotedValue_FoldsAsLibYaml(string yaml, string expected)
    {
        var mapping = SimpleYamlReader.TryRead(yaml, 1, ReaderLimits.Default);

        Assert.NotNull(mapping);
        Assert.Equal(expected, mapping["title"]?.AsString());
    }

    [Theory]
    [InlineData("title: [a, b]\n")]
    [InlineData("title:\n  nested: x\n")]
    [InlineData("title: a: b\n")]
    [InlineData("title: \"never closed\n")]
    [InlineData("title: \"a\n---\nb\"\n")]
    [InlineData("title: \"\\x41\"\n")]
    [InlineData("title: |\n  block\n")]
    [InlineData("title:\ta\n")]
    [InlineData("title: a\r\n")]
    public void TryRead_ShapeOutsideTheSubset_HandsOver(string yaml)
    {
        Assert.Null(SimpleYamlReader.TryRead(yaml, 1, ReaderLimits.Default));
    }

    // Null when the fast path agrees with the YamlDotNet path (or hands over); else what differs.
    private static string? Compare(string yaml, string name)
    {
        if (SimpleYamlReader.TryRead(yaml, 1, ReaderLimits.Default) is not { } fast)
        {
            return null;
        }

        var diagnostics = new List<Diagnostic>();
        var full = YamlFrontMatterReader.ReadWithYamlDotNet(yaml, 1, name, ReaderLimits.Default, diagnostics);
        var (expected, actual) = (FrontMatterDump.Of(full) + string.Join("\n", diagnostics), FrontMatterDump.Of(fast));
        return expected == actual ? null : $"{name}\n--- yaml\n{yaml}--- YamlDotNet path\n{expected}--- fast path\n{actual}";
    }

    // The YAML between the opening '---' line and the closing '---'/'...' line, or null.
    private static string? FrontMatterOf(string path)
    {
        var text = File.ReadAllText(path);
        var lines = text.TrimStart('\uFEFF').Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            return null;
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd(' ', '\t', '\r') is "---" or "...");
        return close < 0 ? null : string.Join('\n', lines[1..close]) + "\n";
    }
}
