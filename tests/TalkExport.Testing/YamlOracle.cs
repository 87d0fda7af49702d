using System.Text;
using System.Text.Json;

namespace TalkExport.Testing;

/// <summary>One edited record to check: before, after, the key that was set and the value it must load to.</summary>
public sealed record YamlEditCase(string OriginalPath, string EditedPath, string Key, string ExpectedValue);

/// <summary>
/// PyYAML (libyaml's reading, what Jekyll's Psych also does) as the oracle for edited records:
/// the edited front matter must load, the key must load to exactly the expected value and every
/// other key to the same value as before. One python process checks a whole batch.
/// </summary>
public static class YamlOracle
{
    private const string Script = """
import json, re, sys, yaml

def front_matter(path):
    text = open(path, encoding='utf-8-sig', newline='').read()
    lines = re.split(r'(?<=\n)', text)
    if lines[0].rstrip(' \t\r\n') != '---':
        raise ValueError('no opening ---')
    for i in range(1, len(lines)):
        if lines[i].rstrip(' \t\r\n') in ('---', '...'):
            return yaml.safe_load(''.join(lines[1:i])) or {}
    raise ValueError('no closing ---')

failures = []
for case in json.load(open(sys.argv[1], encoding='utf-8')):
    try:
        before = front_matter(case['original'])
    except Exception as e:
        failures.append('%s: the original does not load: %s' % (case['original'], e))
        continue
    try:
        after = front_matter(case['edited'])
    except Exception as e:
        failures.append('%s: the edited file does not load: %s' % (case['edited'], str(e).replace('\n', ' ')))
        continue
    key = case['key']
    if after.get(key) != case['expected']:
        failures.append('%s: %s loads as %r, expected %r' % (case['edited'], key, after.get(key), case['expected']))
    b = [(k, v) for k, v in before.items() if k != key]
    a = [(k, v) for k, v in after.items() if k != key]
    if repr(a) != repr(b):
        failures.append('%s: other keys changed: %r != %r' % (case['edited'], a, b))
json.dump(failures, sys.stdout)
""";

    /// <summary>Checks every case with PyYAML (skips, or fails in CI, when it is missing); returns the failures, one line each.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<YamlEditCase> cases)
    {
        var python = ExternalTool.RequirePythonWithYaml();
        using var temp = new TempDirectory();
        var script = temp.Combine("check.py");
        File.WriteAllText(script, Script);
        var input = temp.Combine("cases.json");
        using (var stream = File.Create(input))
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartArray();
            foreach (var c in cases)
            {
                json.WriteStartObject();
                json.WriteString("original", c.OriginalPath);
                json.WriteString("edited", c.EditedPath);
                json.WriteString("key", c.Key);
                json.WriteString("expected", c.ExpectedValue);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        var result = ExternalTool.Run(python, [script, input], timeout: TimeSpan.FromMinutes(2));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("The PyYAML check itself failed: " + result);
        }

        return JsonSerializer.Deserialize<string[]>(result.StandardOutput) ?? [];
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 exactly (a leading U+FEFF becomes the BOM bytes; no BOM is added).</summary>
    public static void WriteExact(string path, string text) => File.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));
}
