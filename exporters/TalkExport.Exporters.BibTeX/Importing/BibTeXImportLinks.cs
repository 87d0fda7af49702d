using System.Text.RegularExpressions;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX.Reading;

namespace TalkExport.Exporters.BibTeX.Importing;

/// <summary>
/// An entry's links. Our exporter writes the main link in <c>url</c> (the talk's page, else the
/// slides, else the event's page) and the others in <c>note</c>/<c>addendum</c> as
/// <c>Page: \url{…}; Slides: \url{…}; Video: …; Event: …; Code: …</c>. So a labelled link is read by
/// its label, and <c>url</c> is the first of page, slides, event that the note does not name;
/// where the note names none of them, a file link (<c>.pdf</c>, <c>.pptx</c>, … as the site readers
/// tell slides) is the slides and anything else the page (an event page alone in <c>url</c> reads back
/// as the page: the entry does not tell them apart). Other programs' fields are read too: <c>slides</c>,
/// <c>video</c>, <c>code</c>, <c>eventurl</c>, a <c>howpublished</c> that is only a URL, and an arXiv
/// <c>eprint</c> or a <c>doi</c> as other material (<see cref="TalkLinks.Code"/>) when there is no code link.
/// </summary>
internal static partial class BibTeXImportLinks
{
    private static readonly string[] FileExtensions = [".pdf", ".ppt", ".pptx", ".key", ".odp", ".pps", ".ppsx", ".zip", ".html5"];

    /// <summary>The links, and the note's text that is not a labelled link (null when none).</summary>
    public static (TalkLinks Links, string? OtherNote) Read(BibTeXFileEntry entry, string? howpublishedUrl)
    {
        var labelled = new Dictionary<string, string>(StringComparer.Ordinal);
        var other = new List<string>();
        foreach (var name in (ReadOnlySpan<string>)["note", "addendum"])
        {
            if (entry[name] is { } note)
            {
                ReadNote(note, labelled, other);
            }
        }

        string? Field(string name) => entry[name] is { } v && Url(v) is { Length: > 0 } u ? u : null;

        string? page = labelled.GetValueOrDefault("Page");
        // al-folio's bibliography buttons too: "PDF" (pdf), "Poster" (poster), "HTML" (html: the entry's page, for a talk the event's), "Website".
        string? slides = labelled.GetValueOrDefault("Slides") ?? Field("slides") ?? Field("pdf") ?? Field("poster");
        string? evt = labelled.GetValueOrDefault("Event") ?? Field("eventurl") ?? Field("html") ?? Field("website");
        if ((Field("url") ?? howpublishedUrl) is { } main)
        {
            if (page is null && !labelled.ContainsKey("Page") && !(IsFile(main) && slides is null))
            {
                page = main;
            }
            else if (slides is null)
            {
                slides = main;
            }
            else
            {
                evt ??= main;
            }
        }

        var code = labelled.GetValueOrDefault("Code") ?? Field("code") ?? Paper(entry);
        var links = new TalkLinks
        {
            Page = page,
            Slides = slides,
            Video = labelled.GetValueOrDefault("Video") ?? Field("video"),
            Event = evt,
            Code = code,
        };
        return (links, other.Count == 0 ? null : string.Join("; ", other));
    }

    /// <summary>A value that is only a URL (<c>\url{…}</c> or a bare http(s) address), or null.</summary>
    public static string? OnlyUrl(string tex)
    {
        var url = Url(tex);
        return url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) && !url.Contains(' ', StringComparison.Ordinal)
            ? url : null;
    }

    // "Label: \url{x}" pieces (a URL may hold ';', so they are found whole, not by splitting): the
    // labelled links; what is left, without the "; " between them, is other note text.
    private static void ReadNote(string note, Dictionary<string, string> labelled, List<string> other)
    {
        var rest = LabelledLink().Replace(note, match =>
        {
            labelled.TryAdd(match.Groups["label"].Value, match.Groups["url"].Value.Trim());
            return ";";
        });
        foreach (var piece in rest.Split(';'))
        {
            if (Core.Reading.Text.TextCleaner.SingleLine(TeXText.Decode(piece)) is { } plain)
            {
                other.Add(plain);
            }
        }
    }

    [GeneratedRegex(@"(?<label>Page|Slides|Video|Event|Code):\s*\\url\{(?<url>[^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledLink();

    // A url field's value as written (verbatim: biber reads url so), or the inside of \url{…}/\href{…}.
    private static string? Url(string tex)
    {
        var t = tex.Trim();
        foreach (var command in (ReadOnlySpan<string>)[@"\url{", @"\href{"])
        {
            if (t.StartsWith(command, StringComparison.Ordinal))
            {
                var close = t.IndexOf('}', command.Length);
                return close < 0 ? null : t[command.Length..close].Trim();
            }
        }

        return t.Length == 0 || t.Contains(' ', StringComparison.Ordinal) ? null : t;
    }

    // An arXiv eprint or a DOI: the paper behind the talk, kept as its "other material".
    private static string? Paper(BibTeXFileEntry entry)
    {
        var type = (entry["eprinttype"] ?? entry["archiveprefix"])?.Trim();
        if (entry["eprint"]?.Trim() is { Length: > 0 } eprint && string.Equals(type, "arxiv", StringComparison.OrdinalIgnoreCase) && !eprint.Contains(' ', StringComparison.Ordinal))
        {
            return "https://arxiv.org/abs/" + eprint;
        }

        return entry["doi"]?.Trim() is { Length: > 0 } doi && !doi.Contains(' ', StringComparison.Ordinal)
            ? (doi.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? doi : "https://doi.org/" + doi)
            : null;
    }

    private static bool IsFile(string url)
    {
        var path = url;
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path[..cut];
        }

        foreach (var extension in FileExtensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
