using System.Text;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Yaml;

/// <summary>
/// YAML 1.1's other line breaks — NEL (U+0085, what a mis-decoded Windows-1252 "…" becomes), LS
/// and PS (U+2028/U+2029, pasted from PDFs and web pages), a lone CR — which libyaml (Jekyll's
/// Psych, PyYAML) treats as line breaks everywhere: values fold at them, keys and list items start
/// after them. Values are compared with libyaml itself; positions stay lines of the file (LF).
/// </summary>
public sealed class YamlLineBreakTests
{
    private static readonly string[] Breaks = ["\u0085", "\u2028", "\u2029", "\r"];

    [Fact]
    public void Parse_GeneratedRecordsWithOtherLineBreaks_SameValuesOrRejectionsAsLibYaml()
    {
        using var folder = new TempDirectory();
        var random = new Random(20261204);
        var files = new List<string>();
        for (var i = 0; i < 1200; i++)
        {
            var path = Path.Combine(folder.Path, $"case-{i:D4}.md");
            File.WriteAllText(path, "---\n" + FrontMatter(random) + "---\nbody\n", new UTF8Encoding(false));
            files.Add(path);
        }

        var (failures, rejected, _) = PyYamlComparison.Run(files);

        Assert.True(failures.Count == 0, $"{failures.Count} differences:\n" + string.Join("\n", failures.Take(10)));
        TestContext.Current.TestOutputHelper?.WriteLine($"{files.Count} records, {rejected} rejected by libyaml");
        Assert.InRange(rejected, files.Count / 20, files.Count / 2); // both outcomes are exercised
    }

    [Theory]
    [InlineData("title: \"Deep\u0085Learning\"\nvenue: @\"Conf\"\n")]
    [InlineData("title: \"a\u2028b\u2029\n  c\"\nvenue: @'Conf'\n")]
    [InlineData("title: a\u0085venue: @\"Conf\"\n")]
    [InlineData("title: 'a\u0085\u0085b'\u0085venue: @Conf\n")]
    [InlineData("title: \"a\r\nb\u0085c\"\nabstract: |\n  x\u2028  y\n\nvenue: @Conf\n")]
    [InlineData("tags:\n- a\u0085- b\u0085venue: @[Conf]\n")]
    public void Parse_ValueAfterOtherLineBreaks_PositionIsTheFileLineAndColumn(string yaml)
    {
        var text = "---\n" + yaml.Replace("@", "", StringComparison.Ordinal) + "---\n";
        var at = "---\n".Length + yaml.IndexOf('@', StringComparison.Ordinal);
        var line = text.AsSpan(0, at).Count('\n') + 1;
        var column = at - text.LastIndexOf('\n', at - 1);
        var diagnostics = new List<Diagnostic>();

        var venue = FrontMatterParser.Parse(text, "talk.md", ReaderLimits.Default, diagnostics)?.Values["venue"];

        Assert.Empty(diagnostics);
        Assert.NotNull(venue);
        Assert.Equal((line, column), (venue.Line, venue.Column));
    }

    [Theory]
    [InlineData("title: \"a\u0085b\"\u0085venue: a@: b\n")]
    [InlineData("title: 'a\u2028\n  b'\nvenue: x\u2029kind: k@: v\n")]
    public void Parse_ErrorAfterOtherLineBreaks_IsReportedAtTheFileLineAndColumn(string yaml)
    {
        var text = "---\n" + yaml.Replace("@", "", StringComparison.Ordinal) + "---\n";
        var at = "---\n".Length + yaml.IndexOf('@', StringComparison.Ordinal);
        var diagnostics = new List<Diagnostic>();

        var document = FrontMatterParser.Parse(text, "talk.md", ReaderLimits.Default, diagnostics);

        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal((text.AsSpan(0, at).Count('\n') + 1, at - text.LastIndexOf('\n', at - 1)), (error.Line, error.Column));
    }

    // One to four top-level keys whose values hold other line breaks in every shape YAML has.
    private static string FrontMatter(Random random)
    {
        var text = new StringBuilder();
        var keys = random.Next(1, 5);
        for (var k = 0; k < keys; k++)
        {
            text.Append(Pick(random, ["title", "venue", "abstract", "tags"])).Append(k.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':');
            text.Append(Value(random)).Append(Pick(random, ["\n", "\n", "\n", Pick(random, Breaks)]));
        }

        return text.ToString().TrimEnd('\r', '\u0085', '\u2028', '\u2029') + "\n";
    }

    private static string Value(Random random)
    {
        var a = Pick(random, ["Deep", "x", "it is", "é"]);
        var b = Pick(random, ["Learning", "y", "ok", "…"]);
        var gap = Gap(random);
        return random.Next(12) switch
        {
            0 or 1 or 2 => $" \"{a}{gap}{b}\"",
            3 => $" \"{a}\\{Pick(random, Breaks)}{Indent(random)}{b}\"",
            4 or 5 => $" '{a}{gap}{b}'",
            6 => $" {a}{gap}{b}",
            7 => $" |{Pick(random, ["", "-", "+"])}\n  {a}{gap}{b}\n",
            8 => $" >{Pick(random, ["", "-"])}\n  {a}{gap}{b}\n",
            9 => $"\n- {a}{gap}- {b}",
            10 => $" [{a},{gap} {b}]", // indented: YamlDotNet 18 fails (InvalidOperationException) on a flow continued at column 0, whatever the break
            _ => $" {a} # note{gap}{b}",
        };
    }

    // Between two words: one or two breaks (one of them maybe LF), with spaces around, the next line
    // indented or not (libyaml folds a quoted value continued at column 0; anything else it may refuse).
    private static string Gap(Random random)
    {
        var gap = new StringBuilder(Pick(random, ["", " ", "  "])).Append(Pick(random, Breaks));
        if (random.Next(3) == 0)
        {
            gap.Append(Pick(random, ["\n", " \n", .. Breaks]));
        }

        return gap.Append(Indent(random)).ToString();
    }

    private static string Indent(Random random) => Pick(random, ["", "", " ", "  ", "    "]);

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
