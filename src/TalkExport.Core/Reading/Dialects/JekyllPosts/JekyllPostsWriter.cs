using System.Text;
using TalkExport.Core.Editing;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// A talk as a post of the seed site's <c>talks/_posts/</c> (olofmogren.github.io): file
/// <c>YYYY-MM-DD-slug.md</c> (a post must have a day in its name: a month or year known alone takes
/// its first day there, and <c>date</c> keeps what is known), <c>layout: talks</c>, the keys its
/// layout prints (<c>venue</c>, <c>authors</c>, <c>pdf</c>, <c>externallink</c>, the abstract as
/// <c>longversion</c> HTML and its first paragraph as the list's <c>shortversion</c>) and the ones it does not but the reader keeps (<c>location</c>, <c>type</c>).
/// </summary>
internal sealed class JekyllPostsWriter : RecordWriter
{
    /// <inheritdoc/>
    public override bool RequiresDate => true;

    /// <inheritdoc/>
    public override string RelativePath(Talk talk, string slug) =>
        DayPrefix(talk.Date ?? throw new InvalidOperationException("a post needs a date; SiteImport refuses a talk without one")) + slug + ".md";

    /// <inheritdoc/>
    public override string Render(Talk talk, SiteInfo site)
    {
        var front = new YamlFrontMatterWriter()
            .Text("title", Html(talk.Title))
            .Plain("layout", "talks")
            .Date("date", talk.Date)
            .Text("venue", Html(talk.Venue))
            .Text("location", Html(PlaceWithInstitution(talk)))
            .Text("type", talk.Kind.Label())
            .List("authors", NamedSpeakers(talk, site))
            .Text("longversion", Paragraphs(talk.Abstract))
            // talks/index.html prints shortversion under each talk of the list: the abstract's first paragraph.
            .Text("shortversion", talk.Abstract is { Length: > 0 } text ? SiteText.Html(text.Split("\n\n")[0]).Replace("\n", "<br>", StringComparison.Ordinal) : null)
            .Text("pdf", talk.Links.Slides)
            .Text("externallink", talk.Links.Event)
            .Text("video", talk.Links.Video)
            .Text("code", talk.Links.Code)
            .List("tags", talk.Tags)
            .Text("lang", talk.Language)
            .Block("bibtex", BibTeXBlock(talk));
        return front.Close(null);
    }

    // _layouts/talks.html prints longversion as HTML: each paragraph its own <p>, a line break in one a <br>, the text escaped.
    private static string? Paragraphs(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var sb = new StringBuilder(text.Length + 32);
        foreach (var paragraph in text.Split("\n\n"))
        {
            sb.Append("<p>").Append(SiteText.Html(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        return sb.ToString();
    }
}
