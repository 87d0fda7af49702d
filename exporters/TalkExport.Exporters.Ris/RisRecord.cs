using System.Globalization;
using System.Text;
using TalkExport.Core.Model;
using TalkExport.Core.Text;

namespace TalkExport.Exporters.Ris;

/// <summary>
/// One RIS record: <c>TAG  - value</c> lines ending in CR LF, as the RIS specification says,
/// closed by <c>ER  - </c>. Values are one line each (line breaks become spaces), since a reader
/// takes a line that does not start with a tag as part of the previous value at best.
/// </summary>
internal static class RisRecord
{
    /// <summary>Appends the record of <paramref name="talk"/>; <paramref name="owner"/> is the author of a talk that names none.</summary>
    public static void Write(StringBuilder ris, Talk talk, string type, Person? owner)
    {
        Line(ris, "TY", type);
        Line(ris, "ID", talk.Key);
        Line(ris, "TI", talk.Title);
        IReadOnlyList<Person> authors = talk.Authors.Count == 0 && owner is not null ? [owner] : talk.Authors;
        foreach (var person in authors)
        {
            Line(ris, "AU", Name(person));
        }

        if (talk.Date is { } date)
        {
            Line(ris, "PY", date.Year.ToString("D4", CultureInfo.InvariantCulture));
            // RIS dates are YYYY/MM/DD/other, with empty parts where unknown.
            Line(ris, "DA", string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}/{Part(date.Month)}/{Part(date.Day)}/"));
        }

        // T2 is the meeting's name for both CPAPER and SLIDE (Zotero's "meeting name"/"proceedings title").
        Line(ris, "T2", talk.Venue);
        Line(ris, "CY", talk.Institution is null ? talk.Location : talk.Location is null ? talk.Institution : talk.Institution + ", " + talk.Location);
        // M3 is the "type of work": Zotero reads it as the presentation type.
        Line(ris, "M3", talk.Kind.Label());
        Line(ris, "UR", talk.Links.Page ?? talk.Links.Slides ?? talk.Links.Video ?? talk.Links.Event);
        Line(ris, "AB", talk.Abstract);
        foreach (var tag in talk.Tags)
        {
            Line(ris, "KW", tag);
        }

        Line(ris, "LA", talk.Language);
        ris.Append("ER  - \r\n");
    }

    // "Family, Given, Suffix" as the RIS specification writes AU; an organisation as its name.
    private static string Name(Person person)
    {
        if (person.Literal is not null || person.Family is null)
        {
            return person.Name;
        }

        var family = person.Particle is null ? person.Family : person.Particle + " " + person.Family;
        var name = person.Given is null ? family : family + ", " + person.Given;
        return person.Suffix is null ? name : name + ", " + person.Suffix;
    }

    private static string Part(int? value) => value is { } v ? v.ToString("D2", CultureInfo.InvariantCulture) : "";

    private static void Line(StringBuilder ris, string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        ris.Append(tag).Append("  - ");
        var clean = TextSanitizer.Clean(value);
        var space = false;
        foreach (var c in clean.AsSpan().Trim())
        {
            // Line breaks and tabs become one space: a RIS value is one line.
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                ris.Append(' ');
                space = false;
            }

            ris.Append(c);
        }

        ris.Append("\r\n");
    }
}
