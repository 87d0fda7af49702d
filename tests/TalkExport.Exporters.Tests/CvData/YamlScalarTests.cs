using System.Text;
using System.Text.Json;
using TalkExport.Exporters.CvData;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.CvData;

public sealed class YamlScalarTests
{
    private static readonly string[] Values =
    [
        "", "Talks", "yes", "No", "ON", "off", "y", "n", "null", "Null", "~", "true", "123", "1e3", "0x1F", "1_000", "-1", "+1", ".5", ".inf", ".nan",
        "2020-11-05", "2020-11", "2020", "12:30", "<<", "=", "a: b", "a:b", "a #b", "a#b", "#x", "- x", "-x", "? x", "?x", ": x", "&a", "*a", "!tag",
        "|", ">", "%x", "@at", "`tick", "{a}", "[a]", "a, b", "'q'", "\"q\"", "It's", "say \"hi\"", "tab\there", "line\nbreak", "cr\r\nlf",
        "trail ", " lead", "nel\u0085x", "ls\u2028ps\u2029", "\uFEFFbom", "ctl\u0001\u0007\u001b\u007f\u009f", "nbsp\u00a0x", "emoji 🎉",
        "日本語", "Ørsted–Ångström’s", "back\\slash", "**Bold**, [x](https://e.org/a_(b))", "Sprache: Deutsch", "Q&A / Panel (online)!",
        "combining e\u0301", "\uFFFE\uFFFF",
    ];

    [Fact]
    public void EveryScalar_LoadsBackAsTheSameStringInPyYaml()
    {
        var python = ExternalTool.RequirePythonWithYaml();
        using var dir = new TempDirectory();
        var yaml = new StringBuilder();
        foreach (var value in Values)
        {
            yaml.Append("- ").Append(YamlScalar.Of(value)).Append('\n');
        }

        var yamlPath = dir.Combine("values.yaml");
        File.WriteAllText(yamlPath, yaml.ToString(), new UTF8Encoding(false));
        var script = dir.Combine("load.py");
        File.WriteAllText(script, "import json, sys, yaml\nprint(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8'))))\n");

        var result = ExternalTool.Run(python, [script, yamlPath]);

        Assert.True(result.ExitCode == 0, result + "\n" + yaml);
        Assert.Equal(Values, JsonSerializer.Deserialize<string[]>(result.StandardOutput));
    }

    [Fact]
    public void UnpairedSurrogate_BecomesReplacementCharacter() =>
        Assert.Equal("\"a\uFFFDb\"", YamlScalar.Of("a\uD800b"));

    [Theory]
    [InlineData("Talks", true)]
    [InlineData("Invited talks", true)]
    [InlineData("Malmö, Sweden", true)]
    [InlineData("2020-11-05", false)]
    [InlineData("Yes", false)]
    [InlineData("Deep learning: an introduction", false)]
    public void PlainOnlyWhenUnambiguous(string value, bool plain) =>
        Assert.Equal(plain, YamlScalar.IsPlainSafe(value));
}
