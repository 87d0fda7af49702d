using System.Text;
using TalkExport.Core.Editing;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Editing;

/// <summary>Law: setting <c>bibtex</c> in any front matter changes that key only (checked by PyYAML) and only its lines.</summary>
public sealed class FrontMatterEditorPropertyTests
{
    private const int Cases = 400;
    private static readonly string[] Words = ["alpha", "Graphs", "deep", "NLP", "öst", "漢字", "x-y", "a_b", "100", "2020-11-05", "yes", "no", "nil", "ok."];
    private static readonly string[] EmptyForms = ["", " ", " \"\"", " ''", " ~", " null", " Null", " # to fill", "   ", " ~ # later"];
    private const string EntryChars = "abcXYZ019 {}%&#$_~^\\\"':,|>-*!?[]@`=\töÅß漢😀";

    [Fact]
    public void SetBlockScalar_RandomFrontMatter_ChangesOnlyTheKey()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("TALKEXPORT_PROPERTY_SEED"), out var s) ? s : 20261126;
        var random = new Random(seed);
        using var temp = new TempDirectory();
        var cases = new List<YamlEditCase>();
        for (var i = 0; i < Cases; i++)
        {
            var (text, hasKey) = RandomRecord(random);
            var value = RandomEntry(random) + "\n";
            var result = FrontMatterEditor.SetBlockScalar(text, "bibtex", value, new FrontMatterEditOptions { AddMissing = true });
            Assert.True(result.Status == FrontMatterEditStatus.Edited, $"seed {seed} case {i}: {result.Status} {result.Message}\n{text}");
            var diff = LineDiff.Of(text, result.Text);
            Assert.Equal(hasKey ? 1 : 0, diff.Removed.Count);
            Assert.All(diff.Removed, l => Assert.StartsWith("bibtex:", l, StringComparison.Ordinal));
            Assert.StartsWith("bibtex:", diff.Added[0], StringComparison.Ordinal);
            Assert.All(diff.Added.Skip(1), l => Assert.True(l.StartsWith("  ", StringComparison.Ordinal) || l is "\n" or "\r\n", l));
            cases.Add(FrontMatterEditorTests.WriteCase(temp, i, text, result.Text, value));
        }

        var failures = YamlOracle.Check(cases);
        Assert.True(failures.Count == 0, $"seed {seed}: " + string.Join("\n", failures.Take(10)));
    }

    private static (string Text, bool HasKey) RandomRecord(Random r)
    {
        var eol = r.Next(3) == 0 ? "\r\n" : "\n";
        var items = new List<string>();
        var keys = r.Next(0, 9);
        for (var k = 0; k < keys; k++)
        {
            items.Add($"key{k}:" + RandomValue(r));
        }

        var hasKey = r.Next(5) != 0;
        if (hasKey)
        {
            items.Insert(r.Next(items.Count + 1), "bibtex:" + EmptyForms[r.Next(EmptyForms.Length)]);
        }

        var sb = new StringBuilder();
        if (r.Next(5) == 0)
        {
            sb.Append('\uFEFF');
        }

        sb.Append("---").Append(eol);
        if (r.Next(4) == 0)
        {
            sb.Append(eol);
        }

        foreach (var item in items)
        {
            sb.Append(item.Replace("\n", eol, StringComparison.Ordinal)).Append(eol);
            if (r.Next(6) == 0)
            {
                sb.Append(r.Next(2) == 0 ? "# a comment: with colon" : "").Append(eol);
            }
        }

        sb.Append("---").Append(eol).Append("Body with --- and bibtex: inside").Append(r.Next(2) == 0 ? eol : "");
        return (sb.ToString(), hasKey);
    }

    private static string Word(Random r) => Words[r.Next(Words.Length)];

    private static string RandomValue(Random r) => r.Next(12) switch
    {
        0 => " " + Word(r) + " " + Word(r),
        1 => " '" + Word(r) + "''s value'",
        2 => " \"" + Word(r) + " \\\"quoted\\\" \\\\ x\"",
        3 => " \"first line\n" + Word(r) + " at column zero\n\nthird " + Word(r) + "\"",
        4 => "\n  - " + Word(r) + "\n  - '" + Word(r) + "'",
        5 => "\n- " + Word(r) + "\n- " + Word(r),
        6 => " [" + Word(r) + ", b]",
        7 => "\n  inner: " + Word(r) + "\n  other:\n    deep: 1",
        8 => " |\n  line one\n    indented\n\n  after blank",
        9 => " >-\n  folded " + Word(r) + "\n  text",
        10 => "",
        _ => " " + r.Next(1000) + " # trailing comment",
    };

    private static string RandomEntry(Random r)
    {
        var sb = new StringBuilder("@misc{key").Append(r.Next(100)).Append(',');
        var lines = r.Next(0, 8);
        for (var i = 0; i < lines; i++)
        {
            sb.Append('\n');
            var kind = r.Next(6);
            if (kind == 0)
            {
                continue; // an empty line inside the entry
            }

            sb.Append(kind == 1 ? "    " : "  ");
            var length = r.Next(0, 30);
            for (var c = 0; c < length; c++)
            {
                var pick = r.Next(EntryChars.Length);
                sb.Append(char.IsSurrogate(EntryChars[pick]) ? "😀" : EntryChars[pick].ToString());
            }
        }

        return sb.Append("\n}").ToString();
    }
}
