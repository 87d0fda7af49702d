using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Yaml;

/// <summary>
/// A top-level key's flow list or map continued on lines at column 0 (<c>tags: [a,⏎b]</c>): libyaml
/// reads it (a flow collection has no indentation), YamlDotNet 18 threw InvalidOperationException,
/// which reached users as the internal error TE1000. Values are compared with libyaml itself.
/// </summary>
public sealed class FlowContinuationTests
{
    private static readonly string[] Cases =
    [
        "title: A\ntags: [a,\nb]\n",
        "title: A\ntags: [a,\nb,\n  c]\nvenue: V\n",
        "title: A\nmeta: {room: B12,\nseats: 40}\n",
        "title: A\ntags: [\"x, y\",\n'it''s',\nplain words]\n",
        "title: A\ntags: [a, # a comment with ] in it\nb]\n",
        "title: A\nnested: [[a,\nb], {k: [c,\nd]}]\nvenue: V\n",
        "title: A\ntags: [a,\r\nb]\r\n",
        "title: A\ntags: [a,\u0085b]\n",
        "title: A\ntags: [a,\n\nb]\n",
        "title: A\ntags: [a,\nb\n",
        "title: A\ntags: [a,\nb: c]\n",
    ];

    [Fact]
    public void Parse_FlowValuesContinuedAtColumnZero_SameValuesOrRejectionsAsLibYaml()
    {
        using var folder = new TempDirectory();
        var files = Cases.Select((yaml, i) => folder.Write($"case-{i:D2}.md", "---\n" + yaml + "---\nbody\n")).ToList();

        var (failures, rejected, _) = PyYamlComparison.Run(files);

        Assert.True(failures.Count == 0, $"{failures.Count} differences:\n" + string.Join("\n", failures));
        Assert.InRange(rejected, 1, 2); // the unclosed list (and whatever else libyaml refuses) is an error, never TE1000
    }

    [Fact]
    public void Parse_FlowListAtColumnZero_ReadAndLaterValueKeepsItsFilePosition()
    {
        var text = "---\ntitle: A\ntags: [a,\nb,\nc]\nvenue: V\n---\n";
        var diagnostics = new List<Diagnostic>();

        var document = FrontMatterParser.Parse(text, "talk.md", ReaderLimits.Default, diagnostics);

        Assert.Empty(diagnostics);
        var tags = Assert.IsType<FrontMatterSequence>(document!.Values["tags"]);
        Assert.Equal(["a", "b", "c"], tags.Items.Select(i => i.AsString()));
        Assert.Equal((6, 8), (document.Values["venue"]!.Line, document.Values["venue"]!.Column));
        Assert.Equal((5, 1), (tags.Items[2].Line, tags.Items[2].Column));
    }
}
