using TalkExport.Core.Editing;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// A talk as a Hugo page bundle (<c>&lt;section&gt;/slug/index.md</c>) with the keys every version of
/// the theme family renders: <c>event</c> (Academic, Wowchemy) and <c>event_name</c> (Hugo Blox,
/// which no longer prints <c>event</c>), <c>date</c>/<c>date_end</c> with <c>all_day</c> (Hugo Blox
/// falls back to them), <c>location</c> and, when the talk names an institution, <c>address</c> for
/// the place, <c>url_slides</c>/<c>url_video</c>/<c>url_code</c> (still buttons in Hugo Blox),
/// and the abstract. Values the templates run through <c>markdownify</c> are Markdown-escaped; the
/// title is not (Hugo's templates escape it).
/// </summary>
internal sealed class HugoWriter : RecordWriter
{
    /// <inheritdoc/>
    public override string RelativePath(Talk talk, string slug) => slug + "/index.md";

    /// <inheritdoc/>
    public override string Render(Talk talk, SiteInfo site)
    {
        var venue = Markdown(talk.Venue);
        var withAddress = talk.Institution is { Length: > 0 } && talk.Location is { Length: > 0 };
        var front = new YamlFrontMatterWriter()
            .Text("title", talk.Title)
            .Date("date", talk.Date)
            .Date("date_end", talk.EndDate)
            .Plain("all_day", "true")
            .Text("event", venue)
            .Text("event_name", venue)
            .Text("event_url", talk.Links.Event)
            .Text("location", Markdown(withAddress ? talk.Institution : talk.Location ?? talk.Institution))
            .Map("address", withAddress ? [new("city", talk.Location)] : [])
            .List("authors", NamedSpeakers(talk, site))
            .Text("abstract", AbstractMarkdown(talk, liquid: false))
            .Text("url_slides", talk.Links.Slides)
            .Text("url_video", talk.Links.Video)
            .Text("url_code", talk.Links.Code)
            .List("tags", talk.Tags)
            .Block("bibtex", BibTeXBlock(talk));
        return front.Close(null);
    }

    private static string? Markdown(string? text) => text is null ? null : SiteText.Markdown(text, liquid: false);
}
