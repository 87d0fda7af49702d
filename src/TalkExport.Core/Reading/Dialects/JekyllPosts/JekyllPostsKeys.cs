namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// The seed site's key map (docs/themes.md, "Jekyll posts"); templates under
/// <c>olofmogren--olofmogren.github.io/</c>.
/// </summary>
internal static class JekyllPostsKeys
{
    /// <summary>The date; else the file name's.</summary>
    public static readonly FieldKeys Date = new("date", "talks/index.html:13", "date");

    /// <summary>The venue, printed as written.</summary>
    public static readonly FieldKeys Venue = new("venue", "_layouts/talks.html:30", "venue");

    /// <summary>The talk type, which no layout of the seed shows.</summary>
    public static readonly FieldKeys Kind = new("kind", null, "type", "talk_type", "kind");

    /// <summary>The speakers, one string split on commas or a list.</summary>
    public static readonly FieldKeys Authors = new("authors", "_layouts/talks.html:35", "authors", "author");

    /// <summary>The page text (HTML): the abstract, and the first video link.</summary>
    public static readonly FieldKeys LongVersion = new("abstract", "_layouts/talks.html:17-18", "longversion");

    /// <summary>The list's text (HTML): the abstract when the long version gives none.</summary>
    public static readonly FieldKeys ShortVersion = new("abstract", "_layouts/talks.html:19-20", "shortversion");

    /// <summary>The place, which no layout of the seed shows.</summary>
    public static readonly FieldKeys Location = new("location", null, "location", "address");

    /// <summary>Where the list links the title instead of the page.</summary>
    public static readonly FieldKeys OverwriteUrl = new("page", "talks/index.html:26", "overwriteurl");

    /// <summary>The page's URL, or a pattern Jekyll expands.</summary>
    public static readonly FieldKeys Permalink = new("page", "talks/index.html:27", "permalink");

    /// <summary>The "Slides (PDF)" link.</summary>
    public static readonly FieldKeys Slides = new("slides", "_layouts/talks.html:23-24", "pdf", "slides");

    /// <summary>A video link, before any in the text.</summary>
    public static readonly FieldKeys Video = new("video", null, "video");

    /// <summary>The link around the venue: the event's page.</summary>
    public static readonly FieldKeys Event = new("event", "_layouts/talks.html:27-33", "externallink");

    /// <summary>A code link.</summary>
    public static readonly FieldKeys Code = new("code", null, "code");

    /// <summary>The map, for the test that holds it to docs/themes.md.</summary>
    public static IReadOnlyList<FieldKeys> All { get; } =
        [Date, Venue, Kind, Authors, LongVersion, ShortVersion, Location, OverwriteUrl, Permalink, Slides, Video, Event, Code];
}
