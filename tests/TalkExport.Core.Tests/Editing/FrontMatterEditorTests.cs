using TalkExport.Core.Editing;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Editing;

public sealed class FrontMatterEditorTests
{
    private const string Entry = "@misc{doe2021graphs,\n  author = {Doe, Jane},\n  title  = {Graphs \\& {GANs}: 100\\% of #1},\n}\n";

    private static readonly FrontMatterEditOptions Force = new() { Replace = true };
    private static readonly FrontMatterEditOptions AddMissing = new() { AddMissing = true };

    private static string Block(string eol = "\n") =>
        ("bibtex: |\n  @misc{doe2021graphs,\n    author = {Doe, Jane},\n    title  = {Graphs \\& {GANs}: 100\\% of #1},\n  }\n").Replace("\n", eol, StringComparison.Ordinal);

    [Theory]
    [InlineData("bibtex:")]
    [InlineData("bibtex: ")]
    [InlineData("bibtex: \"\"")]
    [InlineData("bibtex: ''")]
    [InlineData("bibtex: ~")]
    [InlineData("bibtex: null")]
    [InlineData("bibtex: NULL   ")]
    [InlineData("bibtex :")]
    public void SetBlockScalar_EmptyForm_WritesLiteralBlockAndNothingElse(string keyLine)
    {
        var text = "---\ntitle: \"Graphs: a talk\" # quoted\n" + keyLine + "\n\n# kept comment\npermalink:\n---\nBody *text*\n";
        var result = FrontMatterEditor.SetBlockScalar(text, "bibtex", Entry);
        Assert.Equal(FrontMatterEditStatus.Edited, result.Status);
        var prefix = keyLine.StartsWith("bibtex :", StringComparison.Ordinal) ? "bibtex :" : "bibtex:";
        var expected = "---\ntitle: \"Graphs: a talk\" # quoted\n" + prefix + Block()["bibtex:".Length..] + "\n# kept comment\npermalink:\n---\nBody *text*\n";
        Assert.Equal(expected, result.Text);
        Assert.Equal(3, result.Line);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("'")]
    public void SetBlockScalar_KeyWrittenInsideAQuotedMultiLineValue_IsTextNotTheKey(string quote)
    {
        // libyaml lets a quoted value's lines start at column 0: "bibtex: …" there is part of the abstract.
        var abstractValue = $"abstract: {quote}First line\nbibtex: is mentioned here\nlast line{quote}\n";
        using var dir = new TempDirectory();
        var withoutKey = "---\ntitle: T\n" + abstractValue + "---\n";
        var withKey = "---\ntitle: T\n" + abstractValue + "bibtex:\n---\n";

        var missing = FrontMatterEditor.SetBlockScalar(withoutKey, "bibtex", Entry);
        var filled = FrontMatterEditor.SetBlockScalar(withKey, "bibtex", Entry);

        Assert.Equal(FrontMatterEditStatus.KeyMissing, missing.Status);
        Assert.Equal(FrontMatterEditStatus.Edited, filled.Status);
        YamlOracle.WriteExact(dir.Combine("before.md"), withKey);
        YamlOracle.WriteExact(dir.Combine("after.md"), filled.Text);
        Assert.Empty(YamlOracle.Check([new YamlEditCase(dir.Combine("before.md"), dir.Combine("after.md"), "bibtex", Entry)]));
    }

    [Fact]
    public void SetBlockScalar_EmptyValueWithComment_KeepsTheComment()
    {
        var result = FrontMatterEditor.SetBlockScalar("---\nbibtex: # fill me\n---\n", "bibtex", "x\n");
        Assert.Equal("---\nbibtex: | # fill me\n  x\n---\n", result.Text);
    }

    [Fact]
    public void SetBlockScalar_CrlfAndBom_KeepsThemAndUsesCrlfForNewLines()
    {
        var text = "\uFEFF---\r\ntitle: T\r\nbibtex: \r\ntags:\r\n - a\r\n---\r\nbody\r\n";
        var result = FrontMatterEditor.SetBlockScalar(text, "bibtex", Entry);
        Assert.Equal("\uFEFF---\r\ntitle: T\r\n" + Block("\r\n") + "tags:\r\n - a\r\n---\r\nbody\r\n", result.Text);
    }

    [Fact]
    public void SetBlockScalar_NonEmptyWithoutForce_IsAlreadySet()
    {
        var text = "---\nbibtex: |\n  @misc{old2019,\n  }\ntitle: T\n---\n";
        var result = FrontMatterEditor.SetBlockScalar(text, "bibtex", Entry);
        Assert.Equal(FrontMatterEditStatus.AlreadySet, result.Status);
        Assert.Same(text, result.Text);
        Assert.Equal("bibtex: |\n  @misc{old2019,\n  }", result.ExistingText);
    }

    [Fact]
    public void SetBlockScalar_BlockValueWithForce_ReplacesOnlyTheBlock()
    {
        var text = "---\nbibtex: |\n  @misc{old2019,\n\n  }\n\ntitle: T\n---\n";
        var result = FrontMatterEditor.SetBlockScalar(text, "bibtex", Entry, Force);
        Assert.Equal(FrontMatterEditStatus.Edited, result.Status);
        Assert.Equal("---\n" + Block() + "\ntitle: T\n---\n", result.Text);
    }

    [Fact]
    public void SetBlockScalar_MultiLineQuotedValueWithColumnZeroLines_ReplacesTheWholeValue()
    {
        var text = "---\nbibtex: \"@misc{old,\ntitle = {a \\\" b},\n}\"\nvenue: V\n---\n";
        var result = FrontMatterEditor.SetBlockScalar(text, "bibtex", Entry, Force);
        Assert.Equal("---\n" + Block() + "venue: V\n---\n", result.Text);
    }

    [Fact]
    public void SetBlockScalar_SameValue_IsUnchanged()
    {
        var text = "---\n" + Block() + "---\n";
        Assert.Equal(FrontMatterEditStatus.Unchanged, FrontMatterEditor.SetBlockScalar(text, "bibtex", Entry, Force).Status);
    }

    [Fact]
    public void SetBlockScalar_MissingKey_IsReportedOrAppendedWithAddMissing()
    {
        var text = "---\ntitle: T\ntags:\n  - a\n---\nbody";
        Assert.Equal(FrontMatterEditStatus.KeyMissing, FrontMatterEditor.SetBlockScalar(text, "bibtex", Entry).Status);
        var result = FrontMatterEditor.SetBlockScalar(text, "bibtex", Entry, AddMissing);
        Assert.Equal("---\ntitle: T\ntags:\n  - a\n" + Block() + "---\nbody", result.Text);
        Assert.Equal(5, result.Line);
    }

    [Theory]
    [InlineData("a\nb", "bibtex: |-\n  a\n  b\n")]
    [InlineData("a\n\n", "bibtex: |+\n  a\n\n")]
    [InlineData(" indented\nb\n", "bibtex: |2\n   indented\n  b\n")]
    [InlineData("a\n\n  b\t \n", "bibtex: |\n  a\n\n    b\t \n")]
    public void SetBlockScalar_Chomping_ChosenFromTrailingBreaks(string value, string block)
    {
        var result = FrontMatterEditor.SetBlockScalar("---\nbibtex:\n---\n", "bibtex", value);
        Assert.Equal("---\n" + block + "---\n", result.Text);
    }

    [Theory]
    [InlineData("+++\ntitle = 'T'\nbibtex = ''\n+++\n", FrontMatterEditStatus.Unsupported)]
    [InlineData("---\nbibtex:\nbibtex: ~\n---\n", FrontMatterEditStatus.Unsupported)]
    [InlineData("---\nbibtex:\n  # later\ntitle: T\n---\n", FrontMatterEditStatus.Unsupported)]
    [InlineData("---\nbibtex: \"never closed\ntitle: T\n---\n", FrontMatterEditStatus.Unsupported)]
    [InlineData("title: no front matter\n", FrontMatterEditStatus.NoFrontMatter)]
    [InlineData("---\nbibtex:\n", FrontMatterEditStatus.NoFrontMatter)]
    public void SetBlockScalar_UnsafeLayouts_AreRefusedAndTextKept(string text, FrontMatterEditStatus status)
    {
        var result = FrontMatterEditor.SetBlockScalar(text, "bibtex", Entry, Force);
        Assert.Equal(status, result.Status);
        Assert.Same(text, result.Text);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Theory]
    [InlineData("a\rb\n")]
    [InlineData("a\u2028b\n")]
    [InlineData("a\u0085b\n")]
    [InlineData("a\u0007b\n")]
    public void SetBlockScalar_ValueYamlCannotHold_IsRefused(string value)
    {
        var result = FrontMatterEditor.SetBlockScalar("---\nbibtex:\n---\n", "bibtex", value);
        Assert.Equal(FrontMatterEditStatus.Unsupported, result.Status);
    }

    [Fact]
    public void SetBlockScalar_ExamplesAbove_LoadInPyYamlAsIntended()
    {
        using var temp = new TempDirectory();
        var inputs = new (string Text, string Value, FrontMatterEditOptions Options)[]
        {
            ("---\ntitle: \"Graphs: a talk\" # quoted\nbibtex: ~\n\n# kept comment\npermalink:\n---\nBody\n", Entry, FrontMatterEditOptions.Default),
            ("\uFEFF---\r\ntitle: T\r\nbibtex: \r\ntags:\r\n - a\r\n---\r\nbody\r\n", Entry, FrontMatterEditOptions.Default),
            ("---\nbibtex: |\n  @misc{old2019,\n\n  }\n\ntitle: T\n---\n", Entry, Force),
            ("---\nbibtex: \"@misc{old,\ntitle = {a \\\" b},\n}\"\nvenue: V\n---\n", Entry, Force),
            ("---\ntitle: T\ntags:\n  - a\n---\nbody", Entry, AddMissing),
            ("---\nbibtex: # fill me\nx: 1\n---\n", " indented\n\n  b\t \n", FrontMatterEditOptions.Default),
            ("---\nbibtex:\nx: 1\n---\n", "a\n\n", FrontMatterEditOptions.Default),
            ("---\nbibtex: ''\nx: 1\n---\n", "no newline", FrontMatterEditOptions.Default),
        };
        var cases = new List<YamlEditCase>();
        for (var i = 0; i < inputs.Length; i++)
        {
            var result = FrontMatterEditor.SetBlockScalar(inputs[i].Text, "bibtex", inputs[i].Value, inputs[i].Options);
            Assert.Equal(FrontMatterEditStatus.Edited, result.Status);
            cases.Add(WriteCase(temp, i, inputs[i].Text, result.Text, inputs[i].Value));
        }

        Assert.Empty(YamlOracle.Check(cases));
    }

    internal static YamlEditCase WriteCase(TempDirectory temp, int i, string before, string after, string value)
    {
        var original = temp.Combine($"{i}.orig.md");
        var edited = temp.Combine($"{i}.edit.md");
        YamlOracle.WriteExact(original, before);
        YamlOracle.WriteExact(edited, after);
        return new YamlEditCase(original, edited, "bibtex", value);
    }
}
