using System.Text.Encodings.Web;
using System.Text.Json;
using TalkExport.Exporters.Orcid.Model;

namespace TalkExport.Exporters.Orcid.Serialization;

/// <summary>
/// Writes works as ORCID API v3.0 JSON: element names as keys, simple values wrapped as
/// <c>{"value": …}</c> where ORCID's JAXB model does so, keys in the XSD's element order,
/// absent values omitted. Utf8JsonWriter keeps it free of reflection (Native AOT).
/// </summary>
public static class OrcidJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Keeps non-ASCII readable; the encoder still escapes what JSON requires.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one work document (POST /work).</summary>
    public static void WriteWork(Stream stream, OrcidWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            WriteWorkObject(writer, work);
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes a bulk document (POST /works): <c>{"bulk":[{"work":…}, …]}</c>.</summary>
    public static void WriteBulk(Stream stream, IReadOnlyList<OrcidWork> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("bulk");
            foreach (var work in works)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("work");
                WriteWorkObject(writer, work);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteWorkObject(Utf8JsonWriter w, OrcidWork work)
    {
        w.WriteStartObject();
        w.WriteStartObject("title");
        WriteValue(w, "title", work.Title);
        w.WriteEndObject();
        WriteValue(w, "journal-title", work.JournalTitle);
        if (work.ShortDescription is not null)
        {
            w.WriteString("short-description", work.ShortDescription);
        }

        if (work.Citation is { } citation)
        {
            w.WriteStartObject("citation");
            w.WriteString("citation-type", citation.Type);
            w.WriteString("citation-value", citation.Value);
            w.WriteEndObject();
        }

        w.WriteString("type", work.Type);
        if (work.PublicationDate is { } date)
        {
            w.WriteStartObject("publication-date");
            WriteValue(w, "year", date.Year);
            WriteValue(w, "month", date.Month);
            WriteValue(w, "day", date.Day);
            w.WriteEndObject();
        }

        WriteExternalIds(w, work.ExternalIds);
        WriteValue(w, "url", work.Url);
        WriteContributors(w, work.Contributors);
        if (work.LanguageCode is not null)
        {
            w.WriteString("language-code", work.LanguageCode);
        }

        w.WriteEndObject();
    }

    private static void WriteExternalIds(Utf8JsonWriter w, IReadOnlyList<OrcidExternalId> ids)
    {
        w.WriteStartObject("external-ids");
        w.WriteStartArray("external-id");
        foreach (var id in ids)
        {
            w.WriteStartObject();
            w.WriteString("external-id-type", id.Type);
            w.WriteString("external-id-value", id.Value);
            WriteValue(w, "external-id-url", id.Url);
            w.WriteString("external-id-relationship", id.Relationship);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteContributors(Utf8JsonWriter w, IReadOnlyList<OrcidContributor> contributors)
    {
        if (contributors.Count == 0)
        {
            return;
        }

        w.WriteStartObject("contributors");
        w.WriteStartArray("contributor");
        foreach (var c in contributors)
        {
            w.WriteStartObject();
            WriteValue(w, "credit-name", c.CreditName);
            w.WriteStartObject("contributor-attributes");
            w.WriteString("contributor-sequence", c.Sequence);
            w.WriteString("contributor-role", c.Role);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("value", value);
        w.WriteEndObject();
    }
}
