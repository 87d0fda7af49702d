namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// The Hugo key map, one for Hugo Academic, Wowchemy and Hugo Blox (docs/themes.md): each key where
/// any version put it, Hugo Blox's first where two name one field. Templates under
/// <c>hugo-academic/</c>, <c>wowchemy/wowchemy/</c> and <c>hugo-blox/modules/blox/</c>.
/// </summary>
internal static class HugoKeys
{
    /// <summary>The event's date: Academic v3's <c>time_start</c>, Hugo Blox's <c>event_start</c>, else <c>date</c>; never publishDate.</summary>
    public static readonly FieldKeys Date = new("date", "layouts/talk/single.html:22-23", "time_start", "event_start", "date");

    /// <summary>The last day, kept when later than the first.</summary>
    public static readonly FieldKeys EndDate = new("endDate", "layouts/_partials/functions/get_event_dates.html:3", "event_end", "date_end", "time_end");

    /// <summary>The event's name, printed through Markdown (Hugo Blox's <c>event_name</c>, before <c>event</c>).</summary>
    public static readonly FieldKeys Venue = new("venue", "layouts/events/page.html:259-264", "event_name", "event");

    /// <summary>No theme has a talk-type key: the kind comes from the title and venue (or an alias).</summary>
    public static readonly FieldKeys Kind = new("kind", null);

    /// <summary>Author profile ids or names.</summary>
    public static readonly FieldKeys Authors = new("authors", "layouts/events/page.html:72-86", "authors", "author");

    /// <summary>The abstract (Markdown), then the list summaries.</summary>
    public static readonly FieldKeys Abstract = new("abstract", "layouts/events/page.html:247-249", "abstract", "summary", "abstract_short");

    /// <summary>Wowchemy's and Hugo Blox's address map: the place, when it gives one (looked at, taken only then).</summary>
    public static readonly FieldKeys Address = new("location", "layouts/events/page.html:272-273", "address");

    /// <summary>The place, or with an address the institution; printed through Markdown.</summary>
    public static readonly FieldKeys Location = new("location", "layouts/events/page.html:268-271", "location");

    /// <summary>Hugo's own page URL, instead of the section's permalink pattern.</summary>
    public static readonly FieldKeys Page = new("page", null, "url");

    /// <summary>The "PDF" button, site-relative: the slides when <see cref="UrlSlides"/> is empty.</summary>
    public static readonly FieldKeys UrlPdf = new("slides", "layouts/partials/page_links.html:16-29", "url_pdf");

    /// <summary>The "Slides" button (a bundle file, else site-relative).</summary>
    public static readonly FieldKeys UrlSlides = new("slides", "layouts/partials/page_links.html:94-104", "url_slides");

    /// <summary>A Markdown slide deck's name (<c>content/slides/NAME</c>) or a link.</summary>
    public static readonly FieldKeys Deck = new("slides", "layouts/partials/page_links.html:87-92", "slides");

    /// <summary>The "Video" button.</summary>
    public static readonly FieldKeys Video = new("video", "layouts/partials/page_links.html:106-116", "url_video");

    /// <summary>The link around the event's name.</summary>
    public static readonly FieldKeys Event = new("event", "layouts/events/page.html:262", "event_url");

    /// <summary>The "Code" button.</summary>
    public static readonly FieldKeys Code = new("code", "layouts/partials/page_links.html:37-47", "url_code");

    /// <summary>Hugo Blox's (and Wowchemy's) buttons list: slides, video and code links where the keys above give none; looked at, left in the extras.</summary>
    public static readonly FieldKeys Links = new("links", "layouts/_partials/functions/build_links.html:39", "links");

    /// <summary>The map, for the test that holds it to docs/themes.md.</summary>
    public static IReadOnlyList<FieldKeys> All { get; } =
        [Date, EndDate, Venue, Kind, Authors, Abstract, Address, Location, Page, UrlPdf, UrlSlides, Deck, Video, Event, Code, Links];
}
