using System.Text.Json;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.CvData;

/// <summary>
/// JSON Resume's own validator (<c>@jsonresume/schema</c>, which runs the <c>jsonschema</c>
/// package) and ajv with <c>ajv-formats</c> (strict on "uri"), over a batch of resume files; plus,
/// for a projects resume, every talk's title, event and date where al-folio and the themes read them.
/// </summary>
internal static class JsonResumeOracle
{
    private const string Script = """
const fs = require('fs');
const resumeSchema = require('@jsonresume/schema');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(resumeSchema.schema);
const failures = [];
for (const c of JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))) {
  const resume = JSON.parse(fs.readFileSync(c.path, 'utf8'));
  resumeSchema.validate(resume, (errors, valid) => {
    if (!valid) failures.push(`${c.name}: @jsonresume/schema: ${JSON.stringify(errors).slice(0, 400)}`);
  });
  if (!validate(resume)) failures.push(`${c.name}: ajv: ${JSON.stringify(validate.errors.slice(0, 3))}`);
  const items = resume[c.section] || [];
  if (items.length !== c.talks.length) failures.push(`${c.name}: ${items.length} items for ${c.talks.length} talks`);
  c.talks.forEach((t, i) => {
    const p = items[i] || {};
    if (p.name !== t.Title) failures.push(`${c.name} ${i}: name ${JSON.stringify(p.name)} is not ${JSON.stringify(t.Title)}`);
    if (c.section === 'projects') {
      if (p.type !== 'talk' || JSON.stringify(p.roles) !== '["Speaker"]') failures.push(`${c.name} ${i}: type/roles ${p.type} ${p.roles}`);
      // al-folio shows name, url, summary and highlights only: event and date must be in the summary.
      const summary = (p.summary || '').replace(/\\(.)/g, '$1');
      if (t.Event && !(p.entity || '').includes(t.Event)) failures.push(`${c.name} ${i}: entity ${JSON.stringify(p.entity)} lacks ${JSON.stringify(t.Event)}`);
      if (t.Event && !summary.includes(t.Event)) failures.push(`${c.name} ${i}: summary ${JSON.stringify(summary)} lacks the event`);
      if (t.IsoDate && /^[12]/.test(t.IsoDate) && p.startDate !== t.IsoDate) failures.push(`${c.name} ${i}: startDate ${p.startDate} is not ${t.IsoDate}`);
      if (t.DateText && !summary.includes(t.DateText)) failures.push(`${c.name} ${i}: summary ${JSON.stringify(summary)} lacks the date ${t.DateText}`);
    } else {
      if (t.Event && !(p.event || '').includes(t.Event)) failures.push(`${c.name} ${i}: event ${JSON.stringify(p.event)}`);
      if (t.IsoDate && /^[12]/.test(t.IsoDate) && p.date !== t.IsoDate) failures.push(`${c.name} ${i}: date ${p.date} is not ${t.IsoDate}`);
    }
  });
}
console.log(JSON.stringify(failures));
""";

    /// <summary>One resume to check.</summary>
    public sealed record Case(string Name, string Path, string Section, IReadOnlyList<ExpectedTalk> Talks);

    /// <summary>Checks every case in one node run; returns the failures.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<Case> cases)
    {
        using var dir = new TempDirectory();
        var list = dir.Combine("cases.json");
        File.WriteAllText(list, JsonSerializer.Serialize(cases.Select(c => new Dictionary<string, object>
        {
            ["name"] = c.Name,
            ["path"] = c.Path,
            ["section"] = c.Section,
            ["talks"] = c.Talks,
        })));
        var result = NodeOracle.Run("@jsonresume/schema", Script, [list]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonSerializer.Deserialize<List<string>>(result.StandardOutput) ?? [];
    }
}
