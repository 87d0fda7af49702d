using TalkExport.Core.Editing;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// A talk as an academicpages <c>_talks/</c> record, as the template's <c>markdown_generator/talks.py</c>
/// writes one (file <c>YYYY-MM-DD-slug.md</c>, <c>collection: talks</c>, <c>type</c>, <c>venue</c>,
/// <c>date</c>, <c>location</c>, the description as the body), with <c>talk_type</c> too so the talk's
/// own page prints its "type at venue, location" line (_layouts/talk.html prints it only then), and
/// no <c>permalink</c>: the site's collection permalink gives the URL, as for its other talks.
/// </summary>
internal sealed class AcademicPagesWriter : RecordWriter
{
    /// <inheritdoc/>
    public override string RelativePath(Talk talk, string slug) =>
        (talk.Date is { } date ? DayPrefix(date) : "") + slug + ".md";

    /// <inheritdoc/>
    public override string Render(Talk talk, SiteInfo site)
    {
        var kind = talk.Kind.Label();
        var front = new YamlFrontMatterWriter()
            .Text("title", Html(talk.Title))
            .Plain("collection", "talks")
            .Text("type", kind)
            .Text("talk_type", kind)
            .Date("date", talk.Date)
            .Text("venue", Html(talk.Venue))
            .Text("location", Html(PlaceWithInstitution(talk)))
            .List("authors", NamedSpeakers(talk, site))
            .Text("slides", talk.Links.Slides)
            // `link` is the page's "Direct Link" button; the reader takes a file there for the slides, so an event page that is a file keeps its own key.
            .Text(talk.Links.Event is { } e && !LinkResolver.IsFile(e) ? "link" : "event_url", talk.Links.Event)
            .Text("video", talk.Links.Video)
            .Text("code", talk.Links.Code)
            .List("tags", talk.Tags)
            .Text("lang", talk.Language)
            .Block("bibtex", BibTeXBlock(talk));
        return front.Close(AbstractMarkdown(talk, liquid: true));
    }
}
