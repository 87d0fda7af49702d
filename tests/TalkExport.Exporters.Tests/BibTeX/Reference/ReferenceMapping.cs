using System.Globalization;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX;
using TalkExport.Exporters.BibTeX.Text;

namespace TalkExport.Exporters.Tests.BibTeX.Reference;

/// <summary>The mapping as it was before the allocation work: the reference for whole entries.</summary>
internal static class ReferenceMapping
{
    private static readonly string[] MonthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Maps one talk. A talk without a key gets its natural key (see <see cref="CitationKeys"/>).</summary>
    public static BibTeXEntry Map(Talk talk, BibTeXOptions options)
    {
        ArgumentNullException.ThrowIfNull(talk);
        ArgumentNullException.ThrowIfNull(options);
        var context = new ReferenceMappingContext(talk, options);
        var biblatex = options.Dialect == BibTeXDialect.BibLaTeX;
        var fields = new List<BibTeXField>();

        var authors = talk.Authors.Count > 0 ? talk.Authors
            : !string.IsNullOrWhiteSpace(options.Owner) ? [ReferenceNames.Parse(options.Owner)]
            : [];
        context.CheckText(authors.Select(a => a.Name));
        Add(fields, "author", ReferenceNames.Format(authors, options.AsciiAccents));
        if (authors.Count == 0)
        {
            context.Warn(BibTeXDiagnosticCodes.NoAuthor, "the talk names no author and the site owner is unknown: the entry has no author.");
        }

        Add(fields, "title", context.Text(talk.Title, CaseProtection.Title, html: true));
        var venue = context.Text(talk.Venue, CaseProtection.ProperNoun);
        var location = context.Text(talk.Location, CaseProtection.ProperNoun);
        if (biblatex)
        {
            Add(fields, "type", talk.Kind.Label());
            Add(fields, "eventtitle", venue);
            Add(fields, "eventdate", talk.Date is { } start ? Range(start, talk.EndDate) : "");
            Add(fields, "venue", location);
            Add(fields, "date", talk.Date?.ToString() ?? "");
        }
        else
        {
            // "Invited talk, Astra Zeneca" already names the kind: don't say it twice.
            var label = VenueStartsWithKind(talk) ? "" : talk.Kind.Label();
            Add(fields, "howpublished", string.Join(", ", new[] { label, venue, location }.Where(s => s.Length > 0)));
            if (talk.Date?.Month is { } month)
            {
                fields.Add(new BibTeXField("month", MonthMacros[month - 1], IsMacro: true));
            }

            Add(fields, "year", talk.Date?.Year.ToString("D4", CultureInfo.InvariantCulture) ?? "");
        }

        if (talk.Date is null)
        {
            context.Warn(BibTeXDiagnosticCodes.NoDate, "the talk has no date: the entry has no year or date.");
        }

        var (url, notes) = Links(talk.Links, context);
        Add(fields, "url", url);
        Add(fields, biblatex ? "addendum" : "note", notes);
        var keywords = talk.Tags
            .Where(t => !string.IsNullOrWhiteSpace(t) && !options.IgnoreTags.Contains(t.Trim(), StringComparer.OrdinalIgnoreCase))
            .Select(t => context.Text(t, CaseProtection.None))
            .Distinct(StringComparer.Ordinal);
        Add(fields, "keywords", string.Join(", ", keywords));

        return new BibTeXEntry(biblatex ? "unpublished" : "misc", context.Key(), fields) { Warnings = context.Finish() };
    }

    private static (string Url, string Notes) Links(TalkLinks links, ReferenceMappingContext context)
    {
        // url: the talk's page, else the slides, else the event; the rest go to the note.
        var all = new (string Label, string? Url)[]
        {
            ("Page", links.Page), ("Slides", links.Slides), ("Video", links.Video), ("Event", links.Event), ("Code", links.Code),
        };
        var main = links.Page ?? links.Slides ?? links.Event;
        var notes = new List<string>();
        foreach (var (label, link) in all)
        {
            if (string.IsNullOrWhiteSpace(link) || ReferenceEquals(link, main) || string.Equals(link.Trim(), main?.Trim(), StringComparison.Ordinal))
            {
                continue;
            }

            if (ReferenceUrls.IsSafeInNote(link.Trim()))
            {
                notes.Add($"{label}: \\url{{{link.Trim()}}}");
            }
            else
            {
                context.Warn(BibTeXDiagnosticCodes.LinkLeftOut, $"the {label.ToLowerInvariant()} link '{link}' holds characters that are not safe in \\url{{}} inside a note (% # \\ {{ }} ^, space or non-ASCII): left out of the note.");
            }
        }

        return (main is null ? "" : ReferenceUrls.ForUrlField(main), string.Join("; ", notes));
    }

    private static string Range(TalkDate start, TalkDate? end) =>
        end is { } e && e != start ? $"{start}/{e}" : start.ToString();

    private static void Add(List<BibTeXField> fields, string name, string value)
    {
        if (value.Length > 0)
        {
            fields.Add(new BibTeXField(name, value));
        }
    }

    private static bool VenueStartsWithKind(Talk talk)
    {
        var venue = talk.Venue?.TrimStart() ?? "";
        var label = talk.Kind.Label();
        return venue.StartsWith(label, StringComparison.OrdinalIgnoreCase)
            && (venue.Length == label.Length || venue[label.Length] is ',' or ' ' or ':' or ';' or '.');
    }
}
