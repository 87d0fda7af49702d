using System.Text;

namespace TalkExport.Exporters.CvData;

/// <summary>
/// Lays talks out as RenderCV entries and writes them as YAML (block style, two-space indent as in
/// RenderCV's examples). Every value goes through <see cref="YamlScalar"/>; dates are always
/// quoted strings, since an unquoted 2020-11-05 loads as a date object, which RenderCV's schema
/// (strings or integers) does not take.
/// </summary>
public static class RenderCvWriter
{
    /// <summary>A whole RenderCV input holding only <c>cv.sections</c> with the talks' sections.</summary>
    public static string Document(IReadOnlyList<RenderCvSection> sections, RenderCvEntryType type)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var yaml = new StringBuilder();
        yaml.Append("cv:\n");
        if (sections.Count == 0)
        {
            return yaml.Append("  sections: {}\n").ToString();
        }

        yaml.Append("  sections:\n");
        foreach (var section in sections)
        {
            WriteSection(yaml, section, type, indent: 4);
        }

        return yaml.ToString();
    }

    /// <summary>Writes <c>Title:</c> and its entries at <paramref name="indent"/> spaces.</summary>
    public static void WriteSection(StringBuilder yaml, RenderCvSection section, RenderCvEntryType type, int indent)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(section);
        var pad = new string(' ', indent);
        yaml.Append(pad).Append(YamlScalar.Of(section.Title)).Append(':');
        if (section.Talks.Count == 0)
        {
            yaml.Append(" []\n");
            return;
        }

        yaml.Append('\n');
        foreach (var talk in section.Talks)
        {
            var entry = type switch
            {
                RenderCvEntryType.OneLine => OneLine(talk),
                RenderCvEntryType.Normal => Normal(talk),
                _ => Bullet(talk),
            };
            WriteEntry(yaml, entry, pad + "  ");
        }
    }

    // "**Title**, Invited talk, Event, Place, 5 Nov 2020. Authors: A and B. [Slides](…), [Video](…)"
    private static List<(string Key, object Value)> Bullet(CvTalk talk)
    {
        var text = new StringBuilder("**").Append(CvMarkdown.Text(talk.Title)).Append("**");
        if (CvTalkMapping.Circumstances(talk) is { } circumstances)
        {
            text.Append(", ").Append(CvMarkdown.Text(circumstances));
        }

        text.Append('.');
        if (AuthorsLine(talk) is { } authors)
        {
            text.Append(' ').Append(authors).Append('.');
        }

        if (CvMarkdown.Links(talk.Links) is { } links)
        {
            text.Append(' ').Append(links);
        }

        return [("bullet", text.ToString())];
    }

    // label: "5 Nov 2020", details: "Title, Invited talk, Event, Place" (al-folio prints details as is: no Markdown markup added).
    private static List<(string Key, object Value)> OneLine(CvTalk talk)
    {
        var details = new StringBuilder(CvMarkdown.Text(talk.Title));
        if (CvTalkMapping.Circumstances(talk, withDate: false) is { } circumstances)
        {
            details.Append(", ").Append(CvMarkdown.Text(circumstances));
        }

        return [("label", talk.DateText ?? "Undated"), ("details", details.ToString())];
    }

    private static List<(string Key, object Value)> Normal(CvTalk talk)
    {
        var entry = new List<(string Key, object Value)> { ("name", CvMarkdown.Text(talk.Title)) };
        if (talk.Date is { } date)
        {
            if (talk.EndDate is { } end)
            {
                // Both, always: a start_date without end_date is an ongoing event ("present") to RenderCV.
                entry.Add(("start_date", date.ToString()));
                entry.Add(("end_date", end.ToString()));
            }
            else
            {
                entry.Add(("date", date.ToString()));
            }
        }

        if (talk.Place is { } place)
        {
            entry.Add(("location", CvMarkdown.Text(place)));
        }

        // The place has its own field; the summary says what and where: "Invited talk, Event".
        var summary = string.Join(", ", new[] { talk.KindLabel, talk.Event }.Where(p => p is not null));
        if (summary.Length > 0)
        {
            entry.Add(("summary", CvMarkdown.Text(summary)));
        }

        var highlights = new List<string>(2);
        if (AuthorsLine(talk) is { } authors)
        {
            highlights.Add(authors);
        }

        if (CvMarkdown.Links(talk.Links) is { } links)
        {
            highlights.Add(links);
        }

        if (highlights.Count > 0)
        {
            entry.Add(("highlights", highlights));
        }

        return entry;
    }

    private static string? AuthorsLine(CvTalk talk) =>
        talk.Speakers.Count == 0 ? null : "Authors: " + CvMarkdown.Text(JoinNames(talk.Speakers));

    private static string JoinNames(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    private static void WriteEntry(StringBuilder yaml, List<(string Key, object Value)> entry, string pad)
    {
        for (var i = 0; i < entry.Count; i++)
        {
            var (key, value) = entry[i];
            yaml.Append(pad).Append(i == 0 ? "- " : "  ").Append(key).Append(':');
            if (value is IReadOnlyList<string> items)
            {
                yaml.Append('\n');
                foreach (var item in items)
                {
                    yaml.Append(pad).Append("    - ").Append(YamlScalar.Of(item)).Append('\n');
                }
            }
            else
            {
                yaml.Append(' ').Append(YamlScalar.Of((string)value)).Append('\n');
            }
        }
    }
}
