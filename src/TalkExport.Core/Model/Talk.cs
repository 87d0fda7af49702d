namespace TalkExport.Core.Model;

/// <summary>
/// One talk, as every exporter sees it. Text fields are plain text (HTML and Markdown already
/// removed); single-line fields have their whitespace collapsed; the abstract keeps paragraphs
/// separated by a blank line ("\n\n").
/// </summary>
public sealed record Talk
{
    /// <summary>The citation key, unique ignoring case within one export (see CitationKeys); empty until assigned.</summary>
    public string Key { get; init; } = "";

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The date (or first day), at the precision known; null when the record has none.</summary>
    public TalkDate? Date { get; init; }

    /// <summary>The last day of a multi-day event, or null.</summary>
    public TalkDate? EndDate { get; init; }

    /// <summary>The speakers/authors in order. The reader puts the site owner here when the record names none; empty only when no owner is known either.</summary>
    public IReadOnlyList<Person> Authors { get; init; } = [];

    /// <summary>What kind of talk.</summary>
    public TalkKind Kind { get; init; } = TalkKind.Talk;

    /// <summary>The event or venue name ("NeurIPS 2020", "Learning Machines Seminars at RISE").</summary>
    public string? Venue { get; init; }

    /// <summary>Where the event happened ("Gothenburg, Sweden").</summary>
    public string? Location { get; init; }

    /// <summary>
    /// The venue in the sense of issue 18: the institution or building that hosted the talk
    /// (Wowchemy/Hugo Blox <c>location</c> when an <c>address</c> gives the place), or null.
    /// <see cref="Venue"/> stays the event and <see cref="Location"/> the place.
    /// </summary>
    public string? Institution { get; init; }

    /// <summary>The abstract as plain text; paragraphs separated by "\n\n".</summary>
    public string? Abstract { get; init; }

    /// <summary>Tags as written (site-marker tags such as "default" are filtered by exporters' options).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The talk's links.</summary>
    public TalkLinks Links { get; init; } = TalkLinks.None;

    /// <summary>Language code (e.g. "en"), when the record says.</summary>
    public string? Language { get; init; }

    /// <summary>The record's existing <c>bibtex</c> text, or null when empty or absent.</summary>
    public string? BibTeX { get; init; }

    /// <summary>Where the talk was read from.</summary>
    public required SourceLocation Source { get; init; }

    /// <summary>
    /// The site the record belongs to (its owner, URL and root): in a run over many members' sites,
    /// each talk keeps its own, so a report can count it for the person whose site it is.
    /// </summary>
    public Exporting.SiteInfo Site { get; init; } = Exporting.SiteInfo.Unknown;

    /// <summary>Whether the site would not publish it (Jekyll <c>published: false</c>, Hugo <c>draft: true</c>).</summary>
    public bool IsDraft { get; init; }

    /// <summary>Front-matter keys no model field took, in file order, kept as written.</summary>
    public IReadOnlyList<KeyValuePair<string, FrontMatterValue>> Extra { get; init; } = [];
}
