namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// academicpages' and al-folio's key map (docs/themes.md, "academicpages" and "al-folio"); templates
/// under <c>academicpages/</c> and <c>al-folio/</c>.
/// </summary>
internal static class AcademicPagesKeys
{
    /// <summary>The date; else the file name's.</summary>
    public static readonly FieldKeys Date = new("date", "_layouts/talk.html:35-36", "date");

    /// <summary>The venue, printed as written.</summary>
    public static readonly FieldKeys Venue = new("venue", "_layouts/talk.html:38", "venue");

    /// <summary>The talk type: <c>type</c> (the list's and CV's) before <c>talk_type</c> (the page's).</summary>
    public static readonly FieldKeys Kind = new("kind", "_includes/archive-single-talk.html:39", "type", "talk_type", "kind");

    /// <summary>The speakers (al-folio's "by author"); none means the owner.</summary>
    public static readonly FieldKeys Authors = new("authors", "_layouts/post.liquid:21", "authors", "author");

    /// <summary>The excerpt (Markdown); else the body is the abstract.</summary>
    public static readonly FieldKeys Excerpt = new("abstract", "_layouts/talk.html:22", "excerpt");

    /// <summary>The place, printed as written.</summary>
    public static readonly FieldKeys Location = new("location", "_layouts/talk.html:38", "location", "address");

    /// <summary>The page's URL, or a pattern Jekyll expands; else the collection's.</summary>
    public static readonly FieldKeys Permalink = new("page", "_includes/archive-single-talk.html:32", "permalink");

    /// <summary>A site-made slides key.</summary>
    public static readonly FieldKeys Slides = new("slides", null, "slides");

    /// <summary>The event's page.</summary>
    public static readonly FieldKeys EventUrl = new("event", null, "event_url");

    /// <summary>A file (slides) or the event's page, by its value; before <see cref="Link"/>.</summary>
    public static readonly FieldKeys TalkUrl = new("talk_url", null, "talk_url");

    /// <summary>The "Direct Link" button: a file (slides) or the event's page, by its value.</summary>
    public static readonly FieldKeys Link = new("link", "_layouts/talk.html:45", "link");

    /// <summary>A video link.</summary>
    public static readonly FieldKeys Video = new("video", null, "video", "url_video");

    /// <summary>A code link.</summary>
    public static readonly FieldKeys Code = new("code", null, "code", "url_code");

    /// <summary>The map, for the test that holds it to docs/themes.md.</summary>
    public static IReadOnlyList<FieldKeys> All { get; } =
        [Date, Venue, Kind, Authors, Excerpt, Location, Permalink, Slides, EventUrl, TalkUrl, Link, Video, Code];
}
