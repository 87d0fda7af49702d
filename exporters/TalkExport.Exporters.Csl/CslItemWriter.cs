using System.Text.Encodings.Web;
using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Exporters.Csl;

/// <summary>Writes one talk as a CSL-JSON item of type <c>speech</c> (CSL 1.0.2 variables).</summary>
public static class CslItemWriter
{
    /// <summary>Indented, <c>\n</c> line ends, non-ASCII kept; control characters escaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="talk"/>; <paramref name="id"/> is its citation key.</summary>
    public static void Write(Utf8JsonWriter writer, Talk talk, string id, SiteInfo site)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(talk);
        ArgumentNullException.ThrowIfNull(site);
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", "speech");
        writer.WriteString("title", CslTitleText.Of(talk.Title));
        WriteAuthors(writer, talk, site);
        if (talk.Date is { } date)
        {
            writer.WriteStartObject("issued");
            writer.WriteStartArray("date-parts");
            WriteDateParts(writer, date);
            if (talk.EndDate is { } end && end != date)
            {
                WriteDateParts(writer, end);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        // CSL 1.0.2 renamed "event" to "event-title"; pandoc 2.17 with its bundled Chicago style
        // shows only "event" (checked), while newer styles read "event-title": write both.
        WriteIfPresent(writer, "event", talk.Venue);
        WriteIfPresent(writer, "event-title", talk.Venue);
        // One place field: the institution (when the record gives one) before the place.
        WriteIfPresent(writer, "event-place", talk.Institution is null ? talk.Location : talk.Location is null ? talk.Institution : talk.Institution + ", " + talk.Location);
        writer.WriteString("genre", talk.Kind.Label());
        WriteIfPresent(writer, "URL", talk.Links.Page ?? talk.Links.Slides ?? talk.Links.Video ?? talk.Links.Event);
        WriteIfPresent(writer, "abstract", talk.Abstract);
        if (talk.Tags.Count > 0)
        {
            writer.WriteString("keyword", string.Join(", ", talk.Tags));
        }

        WriteIfPresent(writer, "language", talk.Language);
        writer.WriteEndObject();
    }

    private static void WriteAuthors(Utf8JsonWriter writer, Talk talk, SiteInfo site)
    {
        IReadOnlyList<Person> authors = talk.Authors;
        if (authors.Count == 0 && PersonNames.Parse(site.Owner) is { } owner)
        {
            // A record that names no speaker is the site owner's own talk.
            authors = [owner];
        }

        if (authors.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("author");
        foreach (var person in authors)
        {
            writer.WriteStartObject();
            if (person.Literal is not null || person.Family is null)
            {
                writer.WriteString("literal", person.Name);
            }
            else
            {
                writer.WriteString("family", person.Family);
                WriteIfPresent(writer, "given", person.Given);
                WriteIfPresent(writer, "non-dropping-particle", person.Particle);
                WriteIfPresent(writer, "suffix", person.Suffix);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteDateParts(Utf8JsonWriter writer, TalkDate date)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(date.Year);
        if (date.Month is { } month)
        {
            writer.WriteNumberValue(month);
        }

        if (date.Day is { } day)
        {
            writer.WriteNumberValue(day);
        }

        writer.WriteEndArray();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }
}
