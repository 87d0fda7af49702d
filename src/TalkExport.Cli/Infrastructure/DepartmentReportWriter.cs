using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TalkExport.Core.Exporting.Reporting;

namespace TalkExport.Cli.Infrastructure;

/// <summary>
/// Renders a <see cref="DepartmentReport"/> (<c>report --by …</c>) as a terminal table, CSV, Markdown
/// or JSON. Every row names all its keys, so a CSV row stands alone (a pivot table reads it); a row
/// whose deeper keys are empty is the subtotal of the rows under it.
/// </summary>
internal static class DepartmentReportWriter
{
    public static string Write(DepartmentReport report, string format) => format switch
    {
        "csv" => Csv(report),
        "markdown" => Markdown(report),
        "json" => Json(report),
        _ => Table(report),
    };

    // Each group as a row: its keys down to its level, the rest empty, and its count.
    private static IEnumerable<(string[] Keys, int Count)> Rows(DepartmentReport report)
    {
        var path = new string[report.By.Count];
        return Walk(report.Groups, 0);

        IEnumerable<(string[] Keys, int Count)> Walk(IReadOnlyList<ReportGroup> groups, int level)
        {
            foreach (var group in groups)
            {
                path[level] = group.Key;
                var keys = new string[path.Length];
                Array.Copy(path, keys, level + 1);
                Array.Fill(keys, "", level + 1, path.Length - level - 1);
                yield return (keys, group.Count);
                foreach (var row in Walk(group.Groups, level + 1))
                {
                    yield return row;
                }
            }
        }
    }

    private static string Headline(DepartmentReport r)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{r.Total} talks ({r.Records} records on {r.Sites} {(r.Sites == 1 ? "site" : "sites")})");
        return r.Shared.Count == 0 ? line
            : line + string.Create(CultureInfo.InvariantCulture, $"; {r.Shared.Count} {(r.Shared.Count == 1 ? "talk is" : "talks are")} on several members' sites: counted once for the department, once for each person");
    }

    private static string Table(DepartmentReport r)
    {
        var sb = new StringBuilder(Headline(r)).Append("\n\n");
        var table = new TextTable([.. r.By.Select(d => d.Name().ToUpperInvariant()), "TALKS"]);
        foreach (var (keys, count) in Rows(r))
        {
            table.Add([.. keys, count.ToString(CultureInfo.InvariantCulture)]);
        }

        sb.Append(table);
        if (r.Shared.Count > 0)
        {
            sb.Append("\nOn several members' sites (counted once for the department)\n");
            var shared = new TextTable("DATE", "TITLE", "OWNERS");
            foreach (var s in r.Shared)
            {
                shared.Add(s.Date ?? "undated", TextTable.Clip(s.Title, 60), string.Join("; ", s.Owners));
            }

            sb.Append(shared);
        }

        return sb.ToString();
    }

    private static string Csv(DepartmentReport r)
    {
        // RFC 4180: CRLF, quotes doubled, the formula guard of every CSV TalkExport writes.
        var sb = new StringBuilder();
        sb.AppendJoin(',', r.By.Select(d => d.Name())).Append(",talks\r\n");
        sb.Append("total").Append(',', r.By.Count).Append(r.Total.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        foreach (var (keys, count) in Rows(r))
        {
            sb.AppendJoin(',', keys.Select(ReportWriter.CsvField)).Append(',').Append(count.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return sb.ToString();
    }

    private static string Markdown(DepartmentReport r)
    {
        var sb = new StringBuilder("**").Append(Headline(r)).Append("**\n\n");
        sb.Append("| ").AppendJoin(" | ", r.By.Select(d => d.Name())).Append(" | talks |\n|");
        sb.Append(string.Concat(Enumerable.Repeat("---|", r.By.Count))).Append("---:|\n");
        foreach (var (keys, count) in Rows(r))
        {
            sb.Append("| ").AppendJoin(" | ", keys.Select(Cell)).Append(" | ").Append(count.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        }

        if (r.Shared.Count > 0)
        {
            sb.Append("\n## On several members' sites (counted once for the department)\n\n| date | title | owners |\n|---|---|---|\n");
            foreach (var s in r.Shared)
            {
                sb.Append("| ").Append(s.Date ?? "undated").Append(" | ").Append(Cell(s.Title)).Append(" | ").Append(Cell(string.Join("; ", s.Owners))).Append(" |\n");
            }
        }

        return sb.ToString();

        static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
    }

    private static string Json(DepartmentReport r)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("total", r.Total);
            json.WriteNumber("records", r.Records);
            json.WriteNumber("sites", r.Sites);
            json.WriteStartArray("by");
            foreach (var d in r.By)
            {
                json.WriteStringValue(d.Name());
            }

            json.WriteEndArray();
            if (r.By.Contains(ReportDimension.AcademicYear))
            {
                json.WriteString("academic_year_start", r.AcademicYear.ToString());
            }

            WriteGroups(json, r.Groups);
            json.WriteStartArray("shared");
            foreach (var s in r.Shared)
            {
                json.WriteStartObject();
                json.WriteString("title", s.Title);
                json.WriteString("date", s.Date);
                json.WriteStartArray("owners");
                foreach (var owner in s.Owners)
                {
                    json.WriteStringValue(owner);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteGroups(Utf8JsonWriter json, IReadOnlyList<ReportGroup> groups)
    {
        json.WriteStartArray("groups");
        foreach (var g in groups)
        {
            json.WriteStartObject();
            json.WriteString(g.Dimension.Name(), g.Key);
            json.WriteNumber("count", g.Count);
            if (g.Groups.Count > 0)
            {
                WriteGroups(json, g.Groups);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
