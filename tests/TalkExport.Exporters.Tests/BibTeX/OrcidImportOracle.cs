using System.Text;
using System.Text.Json;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>
/// ORCID's "Import BibTeX" on a .bib: its own parser (<c>@orcid/bibtex-parse-js</c>, pinned in
/// tests/node) reads the file, then the import's mapping, written here from ORCID's code as issue 19
/// states it (not copied): entry type → work type; <c>title</c> and <c>booktitle</c> (the latter
/// only with a title) through a LaTeX decoder (braces dropped, escapes decoded); <c>year</c> only
/// when numeric; <c>month</c> only with a year, as its first three letters in lower case or 1–12;
/// <c>url</c>; <c>author</c> split on the bare substring "and".
/// </summary>
internal static class OrcidImportOracle
{
    // The decoder covers what ORCID's decoder does with the escapes a TeX writer may use for these
    // characters; anything else with a backslash stays as it is (and a test comparing with the
    // talk then fails), as ORCID's decoder also leaves unknown commands.
    private const string Script = """
        const fs = require('fs');
        const parser = require('@orcid/bibtex-parse-js');
        const input = fs.readFileSync(process.argv[2], 'utf8');
        const months = ['jan','feb','mar','apr','may','jun','jul','aug','sep','oct','nov','dec'];
        const types = { misc: 'other', unpublished: 'other', booklet: 'other',
          inproceedings: 'conference-paper', conference: 'conference-paper', proceedings: 'conference-paper' };
        const escapes = [['\\textbackslash', '\\'], ['\\textasciitilde', '~'], ['\\lbrace', '{'], ['\\rbrace', '}'],
          ['\\^{}', '^'], ['\\&', '&'], ['\\%', '%'], ['\\$', '$'], ['\\#', '#'], ['\\_', '_'], ['\\{', '{'], ['\\}', '}']];
        function decode(v) {
          let out = '';
          for (let i = 0; i < v.length;) {
            const e = v[i] === '\\' ? escapes.find(([tex]) => v.startsWith(tex, i)) : undefined;
            if (e) { out += e[1]; i += e[0].length; }
            else if (v[i] === '{' || v[i] === '}') { i++; }
            else { out += v[i]; i++; }
          }
          return out;
        }
        let entries;
        try { entries = parser.toJSON(input); }
        catch (e) { console.log(JSON.stringify({ error: String(e) })); process.exit(0); }
        const works = [];
        for (const entry of entries) {
          const type = entry.entryType.toLowerCase();
          if (type === 'preamble' || type === 'comment') continue;
          const tags = {};
          for (const k in entry.entryTags) tags[k.toLowerCase()] = entry.entryTags[k];
          const work = { key: entry.citationKey, type: types[type] || null, citation: parser.toBibtex([entry]) };
          if ('title' in tags) work.title = decode(tags.title);
          if ('booktitle' in tags && 'title' in tags && !('journal' in tags)) work.journalTitle = decode(tags.booktitle);
          if ('year' in tags && !isNaN(tags.year)) work.year = tags.year.trim();
          if ('month' in tags && work.year) {
            let m = tags.month.trim();
            if (months.indexOf(m.substring(0, 3)) >= 0) m = months.indexOf(m.substring(0, 3)) + 1;
            if (!isNaN(m) && m > 0 && m <= 12) work.month = Number(m);
          }
          if ('url' in tags) work.url = tags.url;
          if ('author' in tags) work.authors = tags.author.split('and').map(a => a.trim());
          works.push(work);
        }
        console.log(JSON.stringify({ works }));
        """;

    /// <summary>What ORCID would import from <paramref name="bib"/>: the works, or the parser's error.</summary>
    public static (List<OrcidImportedWork> Works, string? Error) Import(string bib)
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("import.bib");
        File.WriteAllText(path, bib, new UTF8Encoding(false));
        var run = NodeOracle.Run("@orcid/bibtex-parse-js", Script, [path]);
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.StandardOutput);
        if (json.RootElement.TryGetProperty("error", out var error))
        {
            return ([], error.GetString());
        }

        var works = json.RootElement.GetProperty("works").EnumerateArray().Select(w => new OrcidImportedWork(
            Text(w, "key") ?? "",
            Text(w, "type"),
            Text(w, "title"),
            Text(w, "journalTitle"),
            Text(w, "year"),
            w.TryGetProperty("month", out var m) ? m.GetInt32() : null,
            Text(w, "url"),
            w.TryGetProperty("authors", out var a) ? [.. a.EnumerateArray().Select(x => x.GetString()!)] : [],
            Text(w, "citation") ?? "")).ToList();
        return (works, null);
    }

    private static string? Text(JsonElement work, string name) =>
        work.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>One work as ORCID's import makes it from an entry.</summary>
internal sealed record OrcidImportedWork(string Key, string? Type, string? Title, string? JournalTitle, string? Year, int? Month, string? Url, IReadOnlyList<string> Authors, string Citation);
