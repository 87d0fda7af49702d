using TalkExport.Core.Editing;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// The reverse of a dialect's reader: a talk as a new record of that dialect, with the keys its
/// theme renders (the key map beside it), so the site shows the talk and the reader reads back the
/// same talk. Each dialect's writer lives in its folder; <c>import</c> decides where and whether.
/// </summary>
internal abstract class RecordWriter
{
    /// <summary>
    /// The record's path below the collection folder for <paramref name="slug"/>, '/'-separated
    /// (academicpages <c>2020-03-01-slug.md</c>, Hugo <c>slug/index.md</c>).
    /// </summary>
    public abstract string RelativePath(Talk talk, string slug);

    /// <summary>
    /// The path segment that must be free for a new record (the file, or Hugo's bundle folder): the
    /// first segment of <see cref="RelativePath"/>.
    /// </summary>
    public string ClaimedName(Talk talk, string slug) => RelativePath(talk, slug).Split('/')[0];

    /// <summary>True when the record's name holds its date, so a talk without one cannot be written (a Jekyll post).</summary>
    public virtual bool RequiresDate => false;

    /// <summary>The whole record: front matter and body, UTF-8 text with LF line ends.</summary>
    public abstract string Render(Talk talk, SiteInfo site);

    /// <summary>
    /// The speakers to write: none when the talk names none or only the site's owner (every reader
    /// then puts the owner back, and the site keeps showing its own default), else every name.
    /// </summary>
    protected static IReadOnlyList<string> NamedSpeakers(Talk talk, SiteInfo site)
    {
        if (talk.Authors.Count == 0 || (talk.Authors.Count == 1 && site.Owner is { } owner && string.Equals(talk.Authors[0].Name, owner, StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        return [.. talk.Authors.Select(a => a.Name)];
    }

    /// <summary>The talk's date as a file name prefix (<c>2020-03-01-</c>).</summary>
    protected static string DayPrefix(TalkDate date) => date.FirstDay.ToString() + "-";

    /// <summary>The place, with the institution before it where the dialect has no key of its own for it.</summary>
    protected static string? PlaceWithInstitution(Talk talk) =>
        talk.Institution is { Length: > 0 } institution
            ? talk.Location is { Length: > 0 } place ? $"{institution}, {place}" : institution
            : talk.Location;

    /// <summary>The abstract as Markdown that renders as its text (for the body or a Markdown key).</summary>
    protected static string? AbstractMarkdown(Talk talk, bool liquid) =>
        talk.Abstract is { Length: > 0 } text ? SiteText.Markdown(text, liquid) : null;

    /// <summary>
    /// The entry's own BibTeX for the record's <c>bibtex:</c>, or null when it holds <c>&lt;</c> or
    /// <c>&gt;</c>: themes print <c>{{ page.bibtex }}</c> raw, some inside a script string (the seed
    /// site), where a <c>&lt;/script&gt;</c> would end it. <c>fill-bibtex</c> can write one later.
    /// </summary>
    protected static string? BibTeXBlock(Talk talk) =>
        talk.BibTeX is { } text && text.AsSpan().IndexOfAny('<', '>') < 0 ? text : null;

    /// <summary>A Jekyll value: printed as raw HTML by its templates.</summary>
    protected static string? Html(string? text) => text is null ? null : SiteText.Html(text);
}
