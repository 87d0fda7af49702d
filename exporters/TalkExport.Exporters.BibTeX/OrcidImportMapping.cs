using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX.Text;

namespace TalkExport.Exporters.BibTeX;

/// <summary>
/// <c>Talk → BibTeXEntry</c> for ORCID's "Import BibTeX" (the <c>orcid</c> dialect). What that import
/// reads decides the fields: <c>title</c>; <c>booktitle</c> (its "journal/conference title", when a
/// title is present) = event and place; <c>year</c> (digits) and <c>month</c> (a bare lower-case
/// macro; a braced <c>{Nov}</c> is dropped); <c>url</c>; <c>author</c>, which ORCID splits on the
/// bare substring "and" and shows undecoded, so given-first UTF-8 names. It adds the record holder
/// itself, so the site owner is left out. Everything else ORCID ignores, and is not written.
/// </summary>
internal static class OrcidImportMapping
{
    public static BibTeXEntry Map(Talk talk, BibTeXOptions options)
    {
        var context = new MappingContext(talk, options);
        var fields = new List<BibTeXField>(6);

        Add(fields, "title", Text(talk.Title, html: true, context));
        Add(fields, "booktitle", Text(FieldValues.JoinNonEmpty(talk.Venue?.Trim() ?? "", talk.Institution?.Trim() ?? "", talk.Location?.Trim() ?? ""), html: false, context));
        if (talk.Date is { } date)
        {
            // The month before the year: ORCID's parser rejects a bare macro as an entry's last field
            // ("Value expected: single_valuejun"), and a talk with neither url nor co-authors ends here.
            if (date.Month is { } month)
            {
                fields.Add(new BibTeXField("month", BibTeXMapping.MonthMacros[month - 1], IsMacro: true));
            }

            Add(fields, "year", FieldValues.Year(date.Year));
        }
        else
        {
            context.Warn(BibTeXDiagnosticCodes.NoDate, "the talk has no date: the entry has no year, and ORCID imports the work undated.");
        }

        if ((talk.Links.Page ?? talk.Links.Slides ?? talk.Links.Event) is { } url && !string.IsNullOrWhiteSpace(url))
        {
            Add(fields, "url", BibTeXUrls.ForUrlField(url));
        }

        Add(fields, "author", Authors(talk, options, context));
        return new BibTeXEntry("misc", context.Key(), fields) { Warnings = context.Finish() };
    }

    private static string Text(string? text, bool html, MappingContext context)
    {
        var value = OrcidImportText.Text(text, html, out var dropped);
        context.ControlsDropped(dropped);
        return value;
    }

    // Given-first names joined by " and ", without the owner; a name that ORCID will cut at its
    // letters "and" ("Fernando", "Alexander") is warned about, naming the talk.
    private static string Authors(Talk talk, BibTeXOptions options, MappingContext context)
    {
        var owner = new SiteOwner(options.Owner);
        var names = new List<string>(talk.Authors.Count);
        foreach (var person in talk.Authors)
        {
            if (owner.Is(person))
            {
                continue;
            }

            var name = OrcidImportText.Name(person.Name, out var dropped);
            context.ControlsDropped(dropped);
            if (name.Length == 0)
            {
                continue;
            }

            if (name.Contains("and", StringComparison.Ordinal))
            {
                context.Warn(BibTeXDiagnosticCodes.NameCutByOrcid, $"author '{name}' of '{OrcidWorkTypeStep.OneLine(talk.Title)}': ORCID's import splits the author list at every \"and\" (case-sensitive, also inside a word) and will cut this name apart; fix the contributor on ORCID after importing.");
            }

            names.Add(name);
        }

        return string.Join(" and ", names);
    }

    private static void Add(List<BibTeXField> fields, string name, string value)
    {
        if (value.Length > 0)
        {
            fields.Add(new BibTeXField(name, value));
        }
    }
}
