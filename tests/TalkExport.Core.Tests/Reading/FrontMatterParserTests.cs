using TalkExport.Core.Model;
using TalkExport.Core.Reading;

namespace TalkExport.Core.Tests.Reading;

public sealed class FrontMatterParserTests
{
    private static (FrontMatterDocument? Document, List<Diagnostic> Diagnostics) Parse(string text, ReaderLimits? limits = null)
    {
        var diagnostics = new List<Diagnostic>();
        var document = FrontMatterParser.Parse(text, "talks/x.md", limits ?? ReaderLimits.Default, diagnostics);
        return (document, diagnostics);
    }

    private static string Value(FrontMatterDocument document, string key) => Assert.IsType<FrontMatterScalar>(document.Values[key]).Value;

    [Fact]
    public void Parse_SimpleYaml_KeepsKeysInOrderWithPositions()
    {
        var (document, diagnostics) = Parse("---\ntitle: Hello\ndate: 2020-11-05\n---\nBody text\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(document);
        Assert.Equal(FrontMatterFormat.Yaml, document.Format);
        Assert.Equal(["title", "date"], document.Values.Entries.Select(e => e.Key));
        var date = Assert.IsType<FrontMatterScalar>(document.Values["date"]);
        Assert.Equal("2020-11-05", date.Value);
        Assert.Equal((3, 7), (date.Line, date.Column));
        Assert.Equal("Body text\n", document.Body);
        Assert.Equal(5, document.BodyLine);
    }

    [Fact]
    public void Parse_BomCrlfAndNoFinalNewline_AreRead()
    {
        var (document, diagnostics) = Parse("\uFEFF---\r\ntitle: \"A\r\n  B\"\r\n---\r\nBody");

        Assert.Empty(diagnostics);
        Assert.Equal("A B", Value(document!, "title"));
        Assert.Equal("Body", document!.Body);
    }

    [Fact]
    public void Parse_ClosingFenceWithoutFinalNewline_GivesEmptyBody()
    {
        var (document, diagnostics) = Parse("---\ntitle: T\n---");

        Assert.Empty(diagnostics);
        Assert.Equal("T", Value(document!, "title"));
        Assert.Equal("", document!.Body);
    }

    [Fact]
    public void Parse_BlankLinesAfterOpeningFence_AreAllowed()
    {
        var (document, diagnostics) = Parse("---\n\n\ntitle: T\n---\n");

        Assert.Empty(diagnostics);
        Assert.Equal(4, document!.Values["title"]!.Line);
    }

    [Fact]
    public void Parse_Yaml11Booleans_StayStrings()
    {
        var (document, _) = Parse("---\npublished: no\nx: yes\ny: ~\nz:\nq: 'null'\n---\n");

        Assert.Equal("no", Value(document!, "published"));
        Assert.Equal("yes", Value(document!, "x"));
        Assert.True(Assert.IsType<FrontMatterScalar>(document!.Values["y"]).IsNull);
        Assert.True(Assert.IsType<FrontMatterScalar>(document.Values["z"]).IsNull);
        var quoted = Assert.IsType<FrontMatterScalar>(document.Values["q"]);
        Assert.False(quoted.IsNull);
        Assert.True(quoted.IsQuoted);
    }

    [Fact]
    public void Parse_MultiLineDoubleQuotedAtColumnZero_ReadsAsLibyamlDoes()
    {
        var (document, diagnostics) = Parse("---\ntitle: T\nlongversion: \"<p>First\nline \\\"q\\\"</p>\n\n<p>Second</p>\"\nafter: \"x\ny\"\n---\n");

        Assert.Empty(diagnostics);
        Assert.Equal("<p>First line \"q\"</p>\n<p>Second</p>", Value(document!, "longversion"));
        Assert.Equal("x y", Value(document!, "after"));
        Assert.Equal(7, document!.Values["after"]!.Line);
    }

    [Fact]
    public void Parse_MultiLineQuotedInsideSequenceItem_IsRead()
    {
        var (document, diagnostics) = Parse("---\nlinks:\n- name: \"a\nb\"\n  url: 'c\nd'\n---\n");

        Assert.Empty(diagnostics);
        var item = Assert.IsType<FrontMatterMapping>(Assert.IsType<FrontMatterSequence>(document!.Values["links"]).Items[0]);
        Assert.Equal("a b", item["name"]!.AsString());
        Assert.Equal("c d", item["url"]!.AsString());
    }

    [Fact]
    public void Parse_ColonInPlainScalar_ErrorWithPositionAndHint()
    {
        var (document, diagnostics) = Parse("---\ntitle: T\nshortversion: Using libraries: Theano and more\n---\n");

        Assert.Null(document);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(ReaderDiagnosticCodes.InvalidYaml, d.Code);
        Assert.Equal(3, d.Line);
        Assert.Contains("quote the value", d.Message, StringComparison.Ordinal);
        Assert.StartsWith("talks/x.md:3:", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnescapedQuoteInDoubleQuoted_ErrorOnItsLine()
    {
        var (document, diagnostics) = Parse("---\ntitle: T\nvenue: \"The \"Big\" Day\"\n---\n");

        Assert.Null(document);
        var d = Assert.Single(diagnostics);
        Assert.Equal(3, d.Line);
        Assert.Contains("\\\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnterminatedQuote_Error()
    {
        var (document, diagnostics) = Parse("---\ntitle: \"T\nvenue: x\n---\n");

        Assert.Null(document);
        var d = Assert.Single(diagnostics);
        Assert.Equal((2, 8), (d.Line, d.Column));
        Assert.Contains("never closed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoFrontMatter_Error()
    {
        var (document, diagnostics) = Parse("# Just Markdown\n");

        Assert.Null(document);
        Assert.Equal(ReaderDiagnosticCodes.NoFrontMatter, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Parse_UnterminatedFrontMatter_ErrorAtLineOne()
    {
        var (document, diagnostics) = Parse("---\ntitle: T\nbody without fence\n");

        Assert.Null(document);
        var d = Assert.Single(diagnostics);
        Assert.Equal((ReaderDiagnosticCodes.UnterminatedFrontMatter, 1, 1), (d.Code, d.Line, d.Column));
    }

    [Fact]
    public void Parse_TabIndentation_ErrorWithHint()
    {
        var (document, diagnostics) = Parse("---\ntitle: T\ntags:\n\t- a\n---\n");

        Assert.Null(document);
        var d = Assert.Single(diagnostics);
        Assert.Equal(4, d.Line);
        Assert.Contains("tab", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_C1ControlCharacterInYaml_ErrorAsLibyaml()
    {
        var (document, diagnostics) = Parse("---\ntitle: \"Caf\u00C3\u0083\u00C2\u00A9\"\n---\n");

        Assert.Null(document);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, ReaderDiagnosticCodes.ControlCharacters, 2, 13), (d.Severity, d.Code, d.Line, d.Column));
        Assert.Contains("U+0083", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0007")]
    [InlineData("\u007F")]
    [InlineData("\uFFFE")]
    public void Parse_ControlCharacterInYaml_Error(string control)
    {
        var (document, diagnostics) = Parse($"---\ntitle: Talk\nvenue: A{control}B\n---\n");

        Assert.Null(document);
        Assert.Equal((ReaderDiagnosticCodes.ControlCharacters, 3, 9), (Assert.Single(diagnostics).Code, diagnostics[0].Line, diagnostics[0].Column));
    }

    [Fact]
    public void Parse_TabAndNonBreakingSpaceInYaml_AreAllowed()
    {
        var (document, diagnostics) = Parse("---\ntitle: \"A\tB\u00A0D\"\n---\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(document);
    }

    [Fact]
    public void Parse_C1ControlCharacterInToml_WarnsAndStillReads()
    {
        var (document, diagnostics) = Parse("+++\ntitle = \"Caf\u00C3\u0083\u00C2\u00A9\"\n+++\n");

        Assert.NotNull(document);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, ReaderDiagnosticCodes.ControlCharacters, 2), (d.Severity, d.Code, d.Line));
        Assert.Equal("Caf\u00C3\u0083\u00C2\u00A9", Value(document, "title"));
    }

    [Fact]
    public void Parse_ListInsteadOfMapping_Error()
    {
        var (document, diagnostics) = Parse("---\n- a\n- b\n---\n");

        Assert.Null(document);
        Assert.Equal(ReaderDiagnosticCodes.NotAMapping, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Parse_EmptyFrontMatter_GivesEmptyMapping()
    {
        var (document, diagnostics) = Parse("---\n---\nBody\n");

        Assert.Empty(diagnostics);
        Assert.Empty(document!.Values.Entries);
        Assert.Equal(3, document.BodyLine);
    }

    [Fact]
    public void Parse_Toml_KeepsTextOfDatesAndNumbers()
    {
        var text = "+++\ntitle = \"Example Talk\"\ndate = 2017-01-01T00:00:00  # publish date\nyear = 2015\ndraft = false\ntags = [\"a\", \"b\"]\n\n[image]\n  caption = \"Credit\"\n\n[[links]]\n  name = \"Code\"\n[[links]]\n  name = \"Data\"\n+++\nBody\n";
        var (document, diagnostics) = Parse(text);

        Assert.Empty(diagnostics);
        Assert.Equal(FrontMatterFormat.Toml, document!.Format);
        Assert.Equal("Example Talk", Value(document, "title"));
        Assert.Equal("2017-01-01T00:00:00", Value(document, "date"));
        Assert.Equal("2015", Value(document, "year"));
        Assert.Equal("false", Value(document, "draft"));
        Assert.Equal((3, 8), (document.Values["date"]!.Line, document.Values["date"]!.Column));
        Assert.Equal(["a", "b"], Assert.IsType<FrontMatterSequence>(document.Values["tags"]).Items.Select(i => i.AsString()));
        Assert.Equal("Credit", Assert.IsType<FrontMatterMapping>(document.Values["image"])["caption"]!.AsString());
        var links = Assert.IsType<FrontMatterSequence>(document.Values["links"]);
        Assert.Equal(["Code", "Data"], links.Items.Select(i => ((FrontMatterMapping)i)["name"]!.AsString()));
        Assert.Equal("Body\n", document.Body);
    }

    [Fact]
    public void Parse_InvalidToml_ErrorWithPosition()
    {
        var (document, diagnostics) = Parse("+++\ntitle = \"x\"\nbad = = 1\n+++\n");

        Assert.Null(document);
        var d = Assert.Single(diagnostics);
        Assert.Equal((ReaderDiagnosticCodes.InvalidToml, 3), (d.Code, d.Line));
    }

    [Fact]
    public void Parse_QuotedValueClosedByNextKeysQuote_NamesBothLines()
    {
        var (document, diagnostics) = Parse("---\ntitle: T\nlongversion: \"\n<p>one</p>\n\nshortversion: \"\n<p>two</p>\"\nvenue: V\n---\n");

        Assert.Null(document);
        var d = Assert.Single(diagnostics);
        Assert.Equal((3, 14), (d.Line, d.Column));
        Assert.Contains("never closed", d.Message, StringComparison.Ordinal);
        Assert.Contains("'shortversion' on line 6", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ManyBracketsInsideText_AreNotMistakenForNesting()
    {
        var brackets = new string('[', 70);
        var text = $"---\ntitle: \"{brackets}\nsecond line\"\nnote: '{brackets}' # {brackets}\nblock: |\n  {brackets}\n  more\nlist: [a, [b]]\n---\n";
        var (document, diagnostics) = Parse(text);

        Assert.Empty(diagnostics);
        Assert.Equal(brackets + " second line", Value(document!, "title"));
        Assert.Equal(brackets, Value(document!, "note"));
        Assert.Equal(brackets + "\nmore\n", Value(document!, "block"));
        Assert.Equal(8, document!.Values["list"]!.Line);
    }

    [Fact]
    public void Parse_DeepFlowNesting_DropsOnlyThatKeyAndKeepsLineNumbers()
    {
        var deep = new string('{', 100) + new string('}', 100);
        var (document, diagnostics) = Parse($"---\ntitle: \"a\nb\"\ndeep: [{deep},\n  1]\nvenue: V\n---\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, ReaderDiagnosticCodes.TooDeep, 4), (d.Severity, d.Code, d.Line));
        Assert.Equal(["title", "venue"], document!.Values.Entries.Select(e => e.Key));
        Assert.Equal(6, document.Values["venue"]!.Line);
    }

    [Fact]
    public void Parse_MultiLineSingleQuotedAtColumnZero_ReadsAsLibyamlDoes()
    {
        // YamlDotNet accepts these as they are (checked); libyaml gives the same folded value.
        var (document, diagnostics) = Parse("---\nabstract: 'It''s\nfolded\n\nkept'\nafter: 1\n---\n");

        Assert.Empty(diagnostics);
        Assert.Equal("It's folded\nkept", Value(document!, "abstract"));
        Assert.Equal(6, document!.Values["after"]!.Line);
    }
}
