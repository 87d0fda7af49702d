using System.Text.Encodings.Web;
using System.Text.Json;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Json;

/// <summary>
/// Writes the talk model as JSON with the field names and order that <c>cli.md</c> makes a
/// contract (<c>key, title, date, endDate, authors, kind, venue, location, abstract, tags, links,
/// language, bibtex, source, extra</c>). The template exporter builds its data from this writer,
/// so a template sees exactly the names a <c>json</c> user sees.
/// </summary>
public static class TalkJson
{
    /// <summary>
    /// Indented, <c>\n</c> line ends, non-ASCII kept as written (readable in an editor and jq);
    /// control characters and unpaired quotes are still escaped. The relaxed encoder does not
    /// escape HTML-sensitive characters, which is safe for a JSON file or pipe, not for inlining
    /// into a <c>&lt;script&gt;</c> element.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // Front matter is limited to 64 levels by the reader; leave room above that.
        MaxDepth = 256,
    };

    /// <summary>Writes the talks as one JSON array, in the given order.</summary>
    public static void WriteTalks(Utf8JsonWriter writer, IReadOnlyList<Talk> talks)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(talks);
        writer.WriteStartArray();
        foreach (var talk in talks)
        {
            WriteTalk(writer, talk);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one talk as a JSON object.</summary>
    public static void WriteTalk(Utf8JsonWriter writer, Talk talk)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(talk);
        writer.WriteStartObject();
        writer.WriteString("key", talk.Key);
        writer.WriteString("title", talk.Title);
        writer.WriteString("date", talk.Date?.ToString());
        writer.WriteString("endDate", talk.EndDate?.ToString());
        writer.WriteStartArray("authors");
        foreach (var person in talk.Authors)
        {
            writer.WriteStartObject();
            writer.WriteString("given", person.Given);
            writer.WriteString("family", person.Family);
            writer.WriteString("literal", person.Literal);
            writer.WriteString("name", person.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("kind", talk.Kind.Id());
        writer.WriteString("venue", talk.Venue);
        writer.WriteString("location", talk.Location);
        writer.WriteString("institution", talk.Institution);
        writer.WriteString("abstract", talk.Abstract);
        writer.WriteStartArray("tags");
        foreach (var tag in talk.Tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("links");
        writer.WriteString("page", talk.Links.Page);
        writer.WriteString("slides", talk.Links.Slides);
        writer.WriteString("video", talk.Links.Video);
        writer.WriteString("event", talk.Links.Event);
        writer.WriteString("code", talk.Links.Code);
        writer.WriteEndObject();
        writer.WriteString("language", talk.Language);
        writer.WriteString("bibtex", talk.BibTeX);
        writer.WriteStartObject("source");
        writer.WriteString("path", talk.Source.Path);
        writer.WriteNumber("line", talk.Source.Line);
        writer.WriteEndObject();
        writer.WritePropertyName("extra");
        WriteEntries(writer, talk.Extra);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a front-matter value: a scalar as a string (YAML's <c>42</c> stays <c>"42"</c>: the
    /// model keeps text as written), null as null, a sequence as an array, a mapping as an object.
    /// </summary>
    public static void WriteValue(Utf8JsonWriter writer, FrontMatterValue value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case FrontMatterScalar scalar:
                writer.WriteStringValue(scalar.AsString());
                break;
            case FrontMatterSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case FrontMatterMapping mapping:
                WriteEntries(writer, mapping.Entries);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    // A duplicate key keeps its last value (as the model's mapping indexer does), at the place of
    // that last occurrence: JSON readers disagree on duplicates, so none is ever written.
    // A repeated key is written once, with its last value, where it last appears (as JSON readers keep the last).
    private static void WriteEntries(Utf8JsonWriter writer, IReadOnlyList<KeyValuePair<string, FrontMatterValue>> entries)
    {
        // Scans for a few dozen keys; an index for a hostile record's thousands (scans would be quadratic).
        Dictionary<string, int>? last = null;
        if (entries.Count > 64)
        {
            last = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
            for (var i = 0; i < entries.Count; i++)
            {
                last[entries[i].Key] = i;
            }
        }

        writer.WriteStartObject();
        for (var i = 0; i < entries.Count; i++)
        {
            if (last is null ? HasLaterDuplicate(entries, i) : last[entries[i].Key] != i)
            {
                continue;
            }

            writer.WritePropertyName(entries[i].Key);
            WriteValue(writer, entries[i].Value);
        }

        writer.WriteEndObject();
    }

    private static bool HasLaterDuplicate(IReadOnlyList<KeyValuePair<string, FrontMatterValue>> entries, int index)
    {
        for (var j = index + 1; j < entries.Count; j++)
        {
            if (string.Equals(entries[j].Key, entries[index].Key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
