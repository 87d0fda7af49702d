using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TalkExport.Core.Exporting;

namespace TalkExport.Cli.Infrastructure;

/// <summary>Renders a <see cref="TalkSummary"/> as a terminal table, CSV (RFC 4180), Markdown or JSON.</summary>
internal static class ReportWriter
{
    public static IReadOnlyList<string> Formats { get; } = ["table", "csv", "markdown", "json", "xlsx", "svg", "docx"];

    public static string Write(TalkSummary summary, string format) => format switch
    {
        "csv" => Csv(summary),
        "markdown" => Markdown(summary),
        "json" => Json(summary),
        _ => Table(summary),
    };

    private static IEnumerable<(string Title, string Column, IReadOnlyList<KeyValuePair<string, int>> Rows)> Sections(TalkSummary s) =>
    [
        ("Talks per year", "year", s.ByYear),
        ("Talks per kind", "kind", s.ByKind),
        ("Talks per tag", "tag", s.ByTag),
    ];

    private static string Table(TalkSummary s)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{s.Total} talks\n");
        foreach (var (title, column, rows) in Sections(s))
        {
            sb.Append('\n').Append(title).Append('\n');
            var table = new TextTable(column.ToUpperInvariant(), "TALKS");
            foreach (var (key, count) in rows)
            {
                table.Add(key, count.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append(table);
        }

        return sb.ToString();
    }

    private static string Csv(TalkSummary s)
    {
        // RFC 4180: CRLF line ends, quotes doubled; "group" says which count a row is.
        var sb = new StringBuilder("group,key,count\r\n");
        sb.Append(CultureInfo.InvariantCulture, $"total,all,{s.Total}\r\n");
        foreach (var (_, column, rows) in Sections(s))
        {
            foreach (var (key, count) in rows)
            {
                sb.Append(column).Append(',').Append(CsvField(key)).Append(',').Append(count.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
            }
        }

        return sb.ToString();
    }

    public static string CsvField(string value)
    {
        var guarded = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return guarded.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + guarded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : guarded;
    }

    private static string Markdown(TalkSummary s)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"**{s.Total} talks**\n");
        foreach (var (title, column, rows) in Sections(s))
        {
            sb.Append("\n## ").Append(title).Append("\n\n");
            sb.Append("| ").Append(column).Append(" | talks |\n|---|---:|\n");
            foreach (var (key, count) in rows)
            {
                sb.Append("| ").Append(key.Replace("|", "\\|", StringComparison.Ordinal)).Append(" | ").Append(count.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
            }
        }

        return sb.ToString();
    }

    private static string Json(TalkSummary s)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("total", s.Total);
            foreach (var (_, column, rows) in Sections(s))
            {
                json.WriteStartArray(column switch { "year" => "years", "kind" => "kinds", _ => "tags" });
                foreach (var (key, count) in rows)
                {
                    json.WriteStartObject();
                    json.WriteString(column, key);
                    json.WriteNumber("count", count);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
