using System.Text.Json;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.CvData;

/// <summary>What a talk must show in the CV: its title, event and date.</summary>
internal sealed record ExpectedTalk(string Title, string? Event, string? IsoDate, string? DateText);

/// <summary>
/// RenderCV's consumers, run on a whole CV: its JSON Schema with ajv (js-yaml reading the YAML,
/// as a YAML 1.1-style reader that turns an unquoted 2020-11-05 into a date object), PyYAML
/// reading it to the same data, every entry date one RenderCV reads as a date, and every talk's
/// title, event and date found in the talks sections.
/// </summary>
internal static class RenderCvOracle
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "CvData", "RenderCv");

    public static string ExampleCv => File.ReadAllText(Path.Combine(Folder, "John_Doe_ClassicTheme_CV.yaml"));

    private const string NodeScript = """
const fs = require('fs');
const yaml = require('js-yaml');
const [schemaPath, cvPath, expectPath, parsedPath] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
// The schema says which draft it is written in; ajv has one class per draft.
const Ajv = /2020-12/.test(schema.$schema || '') ? require('ajv/dist/2020') : require('ajv');
const failures = [];
let cv;
try { cv = yaml.load(fs.readFileSync(cvPath, 'utf8')); } catch (e) { console.log(JSON.stringify(['js-yaml: ' + e.message])); process.exit(0); }
fs.writeFileSync(parsedPath, JSON.stringify(cv));
const ajv = new Ajv({ strict: false, allErrors: true });
const validate = ajv.compile(schema);
if (!validate(cv)) failures.push('schema: ' + JSON.stringify(validate.errors.slice(0, 5)));
const expect = JSON.parse(fs.readFileSync(expectPath, 'utf8'));
const sections = (cv.cv && cv.cv.sections) || {};
const entries = [];
for (const title of expect.sections) {
  if (!Array.isArray(sections[title])) { failures.push('no section ' + JSON.stringify(title)); continue; }
  entries.push(...sections[title]);
}
if (entries.length !== expect.talks.length) failures.push(`${entries.length} entries for ${expect.talks.length} talks`);
// RenderCV reads YYYY-MM-DD, YYYY-MM and YYYY (a string or an integer year) as dates.
const isDate = v => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(String(v));
  if (!m) return false;
  if (!m[2]) return true;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1));
  return d.getUTCMonth() === +m[2] - 1 && (!m[3] || d.getUTCDate() === +m[3]);
};
for (const e of entries) {
  for (const k of ['date', 'start_date', 'end_date']) {
    if (e[k] !== undefined && e[k] !== null && !isDate(e[k])) failures.push(`${k} ${JSON.stringify(e[k])} is not a date RenderCV reads`);
  }
  if (e.start_date !== undefined && (e.end_date === undefined || e.end_date === null)) failures.push('start_date without end_date (RenderCV: ongoing)');
}
const unescape = s => s.replace(/\\(.)/g, '$1');
const texts = entries.map(e => unescape(Object.values(e).flat().filter(v => v !== null).join(' | ')));
expect.talks.forEach((t, i) => {
  const text = texts[i] || '';
  const e = entries[i] || {};
  if (!text.includes(t.Title.replace(/\s+/g, ' '))) failures.push(`entry ${i}: title ${JSON.stringify(t.Title)} missing in ${JSON.stringify(text)}`);
  if (t.Event && !text.includes(t.Event)) failures.push(`entry ${i}: event ${JSON.stringify(t.Event)} missing in ${JSON.stringify(text)}`);
  if (t.IsoDate) {
    const shown = expect.type === 'normal' ? String(e.date ?? e.start_date) === t.IsoDate : text.includes(t.DateText);
    if (!shown) failures.push(`entry ${i}: date ${t.IsoDate} missing in ${JSON.stringify(e)}`);
  }
});
console.log(JSON.stringify(failures));
""";

    private const string PythonScript = """
import json, sys, yaml
parsed = json.load(open(sys.argv[2], encoding='utf-8'))
loaded = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))
try:
    same = json.loads(json.dumps(loaded)) == parsed
except TypeError as e:
    print(json.dumps(['PyYAML: a value is not a string or number: %s' % e])); sys.exit(0)
print(json.dumps([] if same else ['PyYAML reads the CV differently from js-yaml']))
""";

    /// <summary>Checks the CV at <paramref name="cvPath"/>; returns the failures.</summary>
    public static IReadOnlyList<string> Check(string cvPath, string entryType, IReadOnlyList<string> sections, IReadOnlyList<ExpectedTalk> talks)
    {
        using var dir = new TempDirectory();
        var expectPath = dir.Combine("expect.json");
        File.WriteAllText(expectPath, JsonSerializer.Serialize(new Dictionary<string, object> { ["type"] = entryType, ["sections"] = sections, ["talks"] = talks }));
        var parsedPath = dir.Combine("parsed.json");
        var node = NodeOracle.Run("ajv", NodeScript, [Path.Combine(Folder, "schema.json"), cvPath, expectPath, parsedPath]);
        Assert.True(node.ExitCode == 0, node.ToString());
        var failures = JsonSerializer.Deserialize<List<string>>(node.StandardOutput) ?? [];
        if (File.Exists(parsedPath))
        {
            var python = ExternalTool.RequirePythonWithYaml();
            var script = dir.Combine("same.py");
            File.WriteAllText(script, PythonScript);
            var result = ExternalTool.Run(python, [script, cvPath, parsedPath]);
            Assert.True(result.ExitCode == 0, result.ToString());
            failures.AddRange(JsonSerializer.Deserialize<List<string>>(result.StandardOutput) ?? []);
        }

        return failures;
    }

    /// <summary>The example CV with its <c>invited_talks</c> section replaced by the sections of <paramref name="exported"/> (a whole rendercv output).</summary>
    public static string Splice(string exported)
    {
        const string Marker = "  sections:\n";
        var ours = exported[(exported.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..];
        var example = ExampleCv;
        var start = example.IndexOf("    invited_talks:\n", StringComparison.Ordinal);
        var end = example.IndexOf("design:\n", start, StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "the example CV has no invited_talks section before design:");
        return example[..start] + ours + example[end..];
    }
}
