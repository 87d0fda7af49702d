using System.Text.Json;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.CvData;

/// <summary>Writes one talk as a JSON Resume project or an academicpages presentation.</summary>
public static class JsonResumeItems
{
    /// <summary>
    /// A <c>projects[]</c> item. al-folio shows only <c>name</c>, <c>url</c>, <c>summary</c> and
    /// <c>highlights</c>, so the line with kind, event, place and date is the <c>summary</c>, and
    /// also the schema's <c>description</c>, which the JSON Resume themes show.
    /// </summary>
    public static void WriteProject(Utf8JsonWriter writer, CvTalk talk)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(talk);
        writer.WriteStartObject();
        writer.WriteString("name", talk.Title);
        writer.WriteString("type", "talk");
        writer.WriteStartArray("roles");
        writer.WriteStringValue("Speaker");
        writer.WriteEndArray();
        WriteIfPresent(writer, "entity", talk.Event);
        WriteDate(writer, "startDate", talk.Date);
        WriteDate(writer, "endDate", talk.EndDate);
        WriteIfPresent(writer, "url", talk.Url);
        var line = CvTalkMapping.Circumstances(talk);
        WriteIfPresent(writer, "description", line);
        WriteIfPresent(writer, "summary", line is null ? null : CvMarkdown.Text(line));
        var highlights = Highlights(talk);
        if (highlights.Count > 0)
        {
            writer.WriteStartArray("highlights");
            foreach (var h in highlights)
            {
                writer.WriteStringValue(h);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>A <c>presentations[]</c> item as academicpages' CV script writes them: name, event, date, location, description.</summary>
    public static void WritePresentation(Utf8JsonWriter writer, Talk talk, CvTalk cv)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(talk);
        ArgumentNullException.ThrowIfNull(cv);
        writer.WriteStartObject();
        writer.WriteString("name", cv.Title);
        WriteIfPresent(writer, "event", cv.Event);
        WriteDate(writer, "date", cv.Date);
        WriteIfPresent(writer, "location", cv.Place);
        WriteIfPresent(writer, "description", FirstParagraph(talk.Abstract));
        WriteIfPresent(writer, "url", cv.Url);
        writer.WriteEndObject();
    }

    // Markdown, as al-folio renders highlights with markdownify.
    private static List<string> Highlights(CvTalk talk)
    {
        var list = new List<string>(2);
        if (talk.Speakers.Count > 0)
        {
            list.Add("Authors: " + CvMarkdown.Text(string.Join(", ", talk.Speakers)));
        }

        if (CvMarkdown.Links(talk.Links) is { } links)
        {
            list.Add(links);
        }

        return list;
    }

    // The schema's iso8601 pattern takes years 1000-2999 only; a date outside is left out rather than made invalid.
    private static void WriteDate(Utf8JsonWriter writer, string name, TalkDate? date)
    {
        if (date is { Year: >= 1000 and <= 2999 } d)
        {
            writer.WriteString(name, d.ToString());
        }
    }

    private static string? FirstParagraph(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var end = text.IndexOf("\n\n", StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).Trim();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }
}
