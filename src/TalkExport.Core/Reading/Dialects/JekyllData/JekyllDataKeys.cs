namespace TalkExport.Core.Reading.Dialects.JekyllData;

/// <summary>
/// The key map of a data file's talk items (docs/themes.md, "Talk lists in Jekyll data files"); the
/// template lines are those of <c>sippsack--sippsack.github.io/_includes/talk.html</c>, the corpus's
/// one include that renders an item.
/// </summary>
internal static class JekyllDataKeys
{
    /// <summary>The bold title; else the item's name.</summary>
    public static readonly FieldKeys Title = new("title", "_includes/talk.html:32-33", "title", "name");

    /// <summary>The venue (or the key a template looks the venue up by).</summary>
    public static readonly FieldKeys Venue = new("venue", "_includes/talk.html:1-6", "venue", "event", "conference", "conf", "host", "meeting");

    /// <summary>", location" after the venue.</summary>
    public static readonly FieldKeys Location = new("location", "_includes/talk.html:12-17", "location", "place", "city", "address");

    /// <summary>The talk type, which the include does not show.</summary>
    public static readonly FieldKeys Kind = new("kind", null, "type", "kind", "talk_type");

    /// <summary>The speakers: a list, or one comma-separated text.</summary>
    public static readonly FieldKeys Authors = new("authors", null, "authors", "author", "speakers", "speaker");

    /// <summary>The abstract, which the include does not show.</summary>
    public static readonly FieldKeys Abstract = new("abstract", null, "abstract", "description", "summary");

    /// <summary>The date (a date or a text <c>Time.parse</c> reads).</summary>
    public static readonly FieldKeys Date = new("date", null, "date");

    /// <summary>The year, where an item has no date.</summary>
    public static readonly FieldKeys Year = new("date", null, "year");

    /// <summary>The month, with the year.</summary>
    public static readonly FieldKeys Month = new("date", null, "month");

    /// <summary>The event's link after the venue.</summary>
    public static readonly FieldKeys Event = new("event", "_includes/talk.html:19-24", "link", "url", "event_url", "website");

    /// <summary>The slides icon.</summary>
    public static readonly FieldKeys Slides = new("slides", "_includes/talk.html:44-46", "slides", "pdf", "slide");

    /// <summary>The video icon.</summary>
    public static readonly FieldKeys Video = new("video", "_includes/talk.html:44-46", "video", "recording", "youtube");

    /// <summary>The source code icon.</summary>
    public static readonly FieldKeys Code = new("code", "_includes/talk.html:44-46", "code", "sourcecode", "source", "github", "repo");

    /// <summary>"Abgesagt:" and the title struck through: not a talk given.</summary>
    public static readonly FieldKeys Canceled = new("canceled", "_includes/talk.html:29-30", "canceled", "cancelled");

    /// <summary>The whole map.</summary>
    public static IReadOnlyList<FieldKeys> All { get; } = [Title, Venue, Location, Kind, Authors, Abstract, Date, Year, Month, Event, Slides, Video, Code, Canceled];
}
