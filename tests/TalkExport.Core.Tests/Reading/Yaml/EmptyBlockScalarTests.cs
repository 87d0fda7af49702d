using System.Text;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Yaml;

/// <summary>
/// A block scalar with no content whose first lines hold only spaces (<c>bibtex: |</c>, then a line
/// of spaces, as an editor leaves an emptied entry): libyaml reads it as empty, YamlDotNet refused
/// it ("found extra spaces in first line"), which lost the whole record and made
/// <c>fill-bibtex --check</c> fail on it forever. Values and rejections are compared with libyaml.
/// </summary>
public sealed class EmptyBlockScalarTests
{
    [Fact]
    public void Parse_BibtexBarThenSpaceOnlyLine_IsAnEmptyValue()
    {
        var diagnostics = new List<Diagnostic>();

        var document = FrontMatterParser.Parse("---\ntitle: T\nbibtex: |\n  \n---\n", "talk.md", ReaderLimits.Default, diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(document);
        Assert.Equal("", document.Values["bibtex"]!.AsString());
        Assert.Equal("T", document.Values["title"]!.AsString());
    }

    [Fact]
    public void Parse_GeneratedEmptyAndNearlyEmptyBlockScalars_SameValuesOrRejectionsAsLibYaml()
    {
        using var folder = new TempDirectory();
        var random = new Random(20261204);
        string[] headers = ["|", "|-", "|+", ">", ">-", ">+", "|  # note"];
        string[] blanks = ["", " ", "  ", "   ", "      "];
        string[] after = ["", "venue: V\n", "  venue: V\n", " x\n", "  x\n", "    x\n", "\nvenue: V\n"];
        var files = new List<string>();
        for (var i = 0; i < 600; i++)
        {
            var lines = new StringBuilder();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                lines.Append(blanks[random.Next(blanks.Length)]).Append('\n');
            }

            var nested = random.Next(4) == 0;
            var yaml = nested
                ? $"title: T\nmeta:\n  bibtex: {headers[random.Next(headers.Length)]}\n{Indent(lines.ToString())}{Indent(after[random.Next(after.Length)])}"
                : $"title: T\nbibtex: {headers[random.Next(headers.Length)]}\n{lines}{after[random.Next(after.Length)]}";
            var path = Path.Combine(folder.Path, $"case-{i:D4}.md");
            File.WriteAllText(path, "---\n" + yaml + "---\nbody\n", new UTF8Encoding(false));
            files.Add(path);
        }

        var (failures, rejected, _) = PyYamlComparison.Run(files);

        Assert.True(failures.Count == 0, $"{failures.Count} differences:\n" + string.Join("\n", failures.Take(10)));
        Assert.InRange(rejected, 1, files.Count / 2); // both outcomes are exercised
    }

    private static string Indent(string lines) =>
        string.Concat(lines.Split('\n').SkipLast(1).Select(l => (l.Length == 0 ? "" : "  " + l) + "\n"));
}
