using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.CvData;

/// <summary>Maps a <see cref="Talk"/> to what a CV entry shows (pure: no layout, no escaping).</summary>
public static class CvTalkMapping
{
    /// <summary>Maps <paramref name="talk"/>; <paramref name="site"/> names the CV's owner.</summary>
    public static CvTalk Map(Talk talk, SiteInfo site)
    {
        ArgumentNullException.ThrowIfNull(talk);
        ArgumentNullException.ThrowIfNull(site);
        var links = Links(talk.Links);
        var end = talk.Date is { } start ? CvDateText.End(start, talk.EndDate) : null;
        return new CvTalk
        {
            Title = talk.Title,
            Kind = talk.Kind,
            KindLabel = KindLabel(talk),
            Date = talk.Date,
            EndDate = end,
            DateText = CvDateText.Of(talk.Date, end),
            Event = Event(talk),
            Place = Blank(talk.Location),
            Speakers = Speakers(talk.Authors, site.Owner),
            Url = Absolute(talk.Links.Page) ?? (links.Count > 0 ? links[0].Address : null),
            Links = links,
        };
    }

    /// <summary>"Kind, Event, Place, Date": the line that says what the talk was, without its title; null when nothing is known.</summary>
    public static string? Circumstances(CvTalk talk, bool withKind = true, bool withDate = true)
    {
        ArgumentNullException.ThrowIfNull(talk);
        var parts = new[] { withKind ? talk.KindLabel : null, talk.Event, talk.Place, withDate ? talk.DateText : null }
            .Where(p => !string.IsNullOrEmpty(p))
            .ToArray();
        return parts.Length == 0 ? null : string.Join(", ", parts);
    }

    // A CV is the owner's: a talk the owner gave alone names no speaker; a co-authored one names all, in order.
    private static IReadOnlyList<string> Speakers(IReadOnlyList<Person> authors, string? owner)
    {
        if (authors.Count == 0 || (authors.Count == 1 && IsOwner(authors[0], owner)))
        {
            return [];
        }

        return [.. authors.Select(a => a.Name).Where(n => n.Length > 0)];
    }

    // "Olof Mogren" is "O. Mogren" and "Mogren, Olof": same family name, compatible first initials.
    internal static bool IsOwner(Person person, string? owner)
    {
        if (string.IsNullOrWhiteSpace(owner))
        {
            return false;
        }

        var (given, family) = Split(person.Literal is null && person.Family is { Length: > 0 } f ? $"{person.Given} {f}" : person.Name);
        var (ownerGiven, ownerFamily) = Split(owner);
        return family.Length > 0
            && string.Equals(family, ownerFamily, StringComparison.OrdinalIgnoreCase)
            && (given.Length == 0 || ownerGiven.Length == 0 || char.ToUpperInvariant(given[0]) == char.ToUpperInvariant(ownerGiven[0]));
    }

    private static (string Given, string Family) Split(string name)
    {
        var text = name.Trim();
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            return (text[(comma + 1)..].Trim(), LastWord(text[..comma]));
        }

        var space = text.LastIndexOf(' ');
        return space < 0 ? ("", text) : (text[..space].Trim(), text[(space + 1)..]);
    }

    private static string LastWord(string text)
    {
        var t = text.Trim();
        var space = t.LastIndexOf(' ');
        return space < 0 ? t : t[(space + 1)..];
    }

    // Records often say the kind already ("Invited talk, Norwegian Meteorological Society",
    // "Poster: …", "Guest lecture"); the CV line then names it once.
    private static string? KindLabel(Talk talk)
    {
        if (talk.Kind == TalkKind.Talk)
        {
            return null;
        }

        var label = talk.Kind.Label();
        var word = label.Split(' ')[0];
        var said = talk.Title.StartsWith(word, StringComparison.OrdinalIgnoreCase)
            || (talk.Venue?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false)
            || (talk.Kind == TalkKind.Seminar && (talk.Venue?.Contains("colloquium", StringComparison.OrdinalIgnoreCase) ?? false));
        return said ? null : label;
    }

    private static string? Event(Talk talk)
    {
        var venue = Blank(talk.Venue);
        var institution = Blank(talk.Institution);
        if (institution is null || (venue is not null && venue.Contains(institution, StringComparison.OrdinalIgnoreCase)))
        {
            return venue;
        }

        return venue is null ? institution : $"{venue}, {institution}";
    }

    private static List<CvLink> Links(TalkLinks links)
    {
        var list = new List<CvLink>(4);
        Add(list, "Slides", links.Slides);
        Add(list, "Video", links.Video);
        Add(list, "Code", links.Code);
        Add(list, "Event", links.Event);
        return list;
    }

    private static void Add(List<CvLink> list, string label, string? address)
    {
        if (Absolute(address) is { } a)
        {
            list.Add(new CvLink(label, a));
        }
    }

    /// <summary>
    /// An http(s) address in its escaped ASCII form (what a JSON Schema "uri" and a Markdown link
    /// both accept), or null: a relative link would point into the CV's own site, not the talk's.
    /// </summary>
    internal static string? Absolute(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)
            || !Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var text = uri.AbsoluteUri;
        // A fragment holds no second '#' in RFC 3986 (browsers keep it, a schema's "uri" refuses it).
        var fragment = text.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0 && text.IndexOf('#', fragment + 1) > 0)
        {
            text = string.Concat(text.AsSpan(0, fragment + 1), text[(fragment + 1)..].Replace("#", "%23", StringComparison.Ordinal));
        }

        return text.Any(c => c is <= ' ' or > '~' or '<' or '>' or '"' or '\\' or '^' or '`' or '{' or '|' or '}') ? null : text;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
