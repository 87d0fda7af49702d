using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Exporters.BibTeX.Text;

namespace TalkExport.Exporters.BibTeX;

/// <summary>
/// The pure mapping <c>Talk → BibTeXEntry</c> (rules in docs formats/bibtex.md). Values come out
/// in TeX form; <see cref="BibTeXSerializer"/> only lays them out.
/// </summary>
public static class BibTeXMapping
{
    // The most fields an entry has (biblatex: author, title, type, eventtitle, eventdate, venue, date, url, addendum, keywords).
    private const int MaxFields = 10;

    /// <summary>The month macros every BibTeX style defines (and the only bare words ORCID's parser accepts).</summary>
    internal static readonly string[] MonthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Maps one talk. A talk without a key gets its natural key (see <see cref="CitationKeys"/>).</summary>
    public static BibTeXEntry Map(Talk talk, BibTeXOptions options)
    {
        ArgumentNullException.ThrowIfNull(talk);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Dialect == BibTeXDialect.Orcid)
        {
            return OrcidImportMapping.Map(talk, options);
        }

        var context = new MappingContext(talk, options);
        var biblatex = options.Dialect == BibTeXDialect.BibLaTeX;
        var fields = new List<BibTeXField>(MaxFields);

        var authors = talk.Authors.Count > 0 ? talk.Authors
            : PersonNames.Parse(options.Owner) is { } owner ? [owner]
            : [];
        context.CheckNames(authors);
        Add(fields, "author", BibTeXNames.Format(authors, options.AsciiAccents));
        if (authors.Count == 0)
        {
            context.Warn(BibTeXDiagnosticCodes.NoAuthor, "the talk names no author and the site owner is unknown: the entry has no author.");
        }

        Add(fields, "title", context.Text(talk.Title, CaseProtection.Title, html: true));
        var venue = context.Text(talk.Venue, CaseProtection.ProperNoun);
        // One place field: the institution (when the record gives one) before the place.
        var location = context.Text(FieldValues.JoinNonEmpty(talk.Institution ?? "", talk.Location ?? "", ""), CaseProtection.ProperNoun);
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
            Add(fields, "howpublished", FieldValues.JoinNonEmpty(label, venue, location));
            if (talk.Date?.Month is { } month)
            {
                fields.Add(new BibTeXField("month", MonthMacros[month - 1], IsMacro: true));
            }

            Add(fields, "year", talk.Date is { } date ? FieldValues.Year(date.Year) : "");
        }

        if (talk.Date is null)
        {
            context.Warn(BibTeXDiagnosticCodes.NoDate, "the talk has no date: the entry has no year or date.");
        }

        var (url, notes) = Links(talk.Links, context);
        Add(fields, "url", url);
        Add(fields, biblatex ? "addendum" : "note", notes);
        Add(fields, "keywords", FieldValues.Keywords(talk.Tags, options.IgnoreTags, context));

        return new BibTeXEntry(biblatex ? "unpublished" : "misc", context.Key(), fields) { Warnings = context.Finish() };
    }

    private static (string Url, string Notes) Links(TalkLinks links, MappingContext context)
    {
        // url: the talk's page, else the slides, else the event; the rest go to the note.
        var main = links.Page ?? links.Slides ?? links.Event;
        var mainTrimmed = main?.Trim();
        var notes = FieldValues.Builder();
        AddNote(notes, "Page", links.Page, main, mainTrimmed, context);
        AddNote(notes, "Slides", links.Slides, main, mainTrimmed, context);
        AddNote(notes, "Video", links.Video, main, mainTrimmed, context);
        AddNote(notes, "Event", links.Event, main, mainTrimmed, context);
        AddNote(notes, "Code", links.Code, main, mainTrimmed, context);
        return (main is null ? "" : BibTeXUrls.ForUrlField(main), notes.ToString());
    }

    private static void AddNote(StringBuilder notes, string label, string? link, string? main, string? mainTrimmed, MappingContext context)
    {
        if (string.IsNullOrWhiteSpace(link) || ReferenceEquals(link, main))
        {
            return;
        }

        var trimmed = link.Trim();
        if (string.Equals(trimmed, mainTrimmed, StringComparison.Ordinal))
        {
            return;
        }

        if (BibTeXUrls.IsSafeInNote(trimmed))
        {
            notes.Append(notes.Length > 0 ? "; " : "").Append(label).Append(@": \url{").Append(trimmed).Append('}');
        }
        else
        {
            context.Warn(BibTeXDiagnosticCodes.LinkLeftOut, $"the {label.ToLowerInvariant()} link '{link}' holds characters that are not safe in \\url{{}} inside a note (% # \\ {{ }} ^, space or non-ASCII): left out of the note.");
        }
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
