using System.Globalization;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Core.Reading.Text;
using TalkExport.Exporters.Orcid.Mapping;

namespace TalkExport.Exporters.Orcid.Importing;

/// <summary>
/// Maps ORCID works to talks: the inverse of <see cref="OrcidWorkMapping"/> as far as a work
/// carries a talk. One instance per source, so that what is lost systematically is reported once.
/// </summary>
internal sealed class OrcidTalkMapping(string path, ImportBatch batch)
{
    // The roles that do not give a talk: who edited or chaired it did not speak.
    private static readonly HashSet<string> NonSpeakerRoles = new(StringComparer.OrdinalIgnoreCase) { "editor", "chair-or-translator" };

    private bool _warnedSummary;
    private bool _warnedTranslatedTitle;
    private bool _warnedCountry;

    /// <summary>True for the ORCID types a talk is exported as (<see cref="OrcidWorkTypes"/>), old and new.</summary>
    public static bool IsTalkType(string? type) => type is "public-speech" or "lecture-speech" or "conference-presentation" or "conference-poster";

    /// <summary>
    /// The kind a type stands for. A type holds several kinds (public-speech: talk, invited,
    /// keynote, seminar, panel), so the title and venue choose among them by the readers' rules,
    /// never outside the type: a work exported again gets the same type.
    /// </summary>
    public static TalkKind KindOf(string type, string title, string? venue) => type switch
    {
        "conference-poster" => TalkKind.Poster,
        "conference-presentation" => TalkKind.Contributed,
        "lecture-speech" => Within(KindRules.Infer(null, title, venue), TalkKind.Lecture, TalkKind.Tutorial),
        _ => Within(KindRules.Infer(null, title, venue), TalkKind.Talk, TalkKind.Invited, TalkKind.Keynote, TalkKind.Seminar, TalkKind.Panel),
    };

    /// <summary>Adds the work's talk, or an error, or one to the count of works that are not talks.</summary>
    public void Add(OrcidWorkFields work)
    {
        if (work.IsSummary && !_warnedSummary)
        {
            _warnedSummary = true;
            batch.Diagnostics.Add(Diagnostic.Warning(ImportDiagnosticCodes.FieldLost, path, work.Line, 1, "this is an ORCID works summary (GET /works): it names no contributors and has no description or citation, so the talks were imported without authors (the site's owner is then the speaker). Fetch the full works (GET /works/PUT-CODES) to keep them."));
        }

        var type = TextCleaner.SingleLine(work.Type)?.ToLowerInvariant();
        if (!IsTalkType(type))
        {
            batch.NotTalks++;
            return;
        }

        var title = TextCleaner.SingleLine(work.Title);
        if (title is null)
        {
            Error(work, $"the {type} work has no title; it was not imported.");
            return;
        }

        if (TextCleaner.SingleLine(work.Subtitle) is { } subtitle)
        {
            title = $"{title}: {subtitle}";
        }

        if (!TryDate(work, out var date, out var problem))
        {
            Error(work, $"the work '{title}' has a publication date that is not one ({problem}); it was not imported.");
            return;
        }

        WarnLost(work);
        var venue = TextCleaner.SingleLine(work.JournalTitle);
        var eventUrl = EventUrl(work);
        var url = TextCleaner.SingleLine(work.Url);
        batch.Talks.Add(new Talk
        {
            Title = title,
            Date = date,
            Authors = Authors(work),
            Kind = KindOf(type!, title, venue),
            Venue = venue,
            Abstract = ImportedText.Paragraphs(work.ShortDescription),
            Links = new TalkLinks
            {
                // Our exporter's url is the page, else the slides, the recording or the event: an url that is the event's is only that.
                Page = string.Equals(url, eventUrl, StringComparison.OrdinalIgnoreCase) ? null : url,
                Event = eventUrl,
            },
            Language = Language(work.LanguageCode),
            BibTeX = string.Equals(work.CitationType?.Trim(), "bibtex", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(work.CitationValue) ? work.CitationValue.Trim() : null,
            Source = new SourceLocation(path, work.Line),
        });
    }

    /// <summary>An ORCID error entry of a bulk response (GET /works/PUT-CODES): the work it stands for was not read.</summary>
    public void AddError(int line, string? code, string? message) =>
        batch.Diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, line, 1, $"ORCID answered this entry with error {TextCleaner.SingleLine(code) ?? "(no code)"}: {TextCleaner.SingleLine(message) ?? "no message"}; it holds no work."));

    private static TalkKind Within(TalkKind inferred, TalkKind fallback, params ReadOnlySpan<TalkKind> kinds) =>
        inferred == fallback || kinds.Contains(inferred) ? inferred : fallback;

    private void Error(OrcidWorkFields work, string message) =>
        batch.Diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, work.Line, 1, message));

    private void WarnLost(OrcidWorkFields work)
    {
        if (!_warnedTranslatedTitle && TextCleaner.SingleLine(work.TranslatedTitle) is not null)
        {
            _warnedTranslatedTitle = true;
            batch.Diagnostics.Add(Diagnostic.Warning(ImportDiagnosticCodes.FieldLost, path, work.Line, 1, "works have a translated title, which a talk record has no field for; it was left out."));
        }

        if (!_warnedCountry && TextCleaner.SingleLine(work.Country) is not null)
        {
            _warnedCountry = true;
            batch.Diagnostics.Add(Diagnostic.Warning(ImportDiagnosticCodes.FieldLost, path, work.Line, 1, "works have a country code, which names no place a talk record can hold; it was left out (the location is empty)."));
        }
    }

    private static bool TryDate(OrcidWorkFields work, out TalkDate? date, out string problem)
    {
        date = null;
        problem = "";
        var year = TextCleaner.SingleLine(work.Year);
        var month = TextCleaner.SingleLine(work.Month);
        var day = TextCleaner.SingleLine(work.Day);
        if (year is null)
        {
            problem = "a month or day without a year";
            return month is null && day is null;
        }

        if (!TryNumber(year, out var y) || !TryPart(month, out var m) || !TryPart(day, out var d)
            || !TalkDate.TryCreate(y, m, d, out var made))
        {
            problem = string.Join('-', new[] { year, month, day }.OfType<string>());
            return false;
        }

        date = made;
        return true;
    }

    private static bool TryPart(string? text, out int? part)
    {
        part = null;
        if (text is null)
        {
            return true;
        }

        if (!TryNumber(text, out var n))
        {
            return false;
        }

        part = n;
        return true;
    }

    private static bool TryNumber(string text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static List<Person> Authors(OrcidWorkFields work)
    {
        var people = new List<Person>();
        foreach (var contributor in work.Contributors)
        {
            if (contributor.Role is { } role && NonSpeakerRoles.Contains(role.Trim()))
            {
                continue;
            }

            if (PersonNames.Parse(contributor.CreditName) is { } person)
            {
                people.Add(person);
            }
        }

        return people;
    }

    // Our exporter writes the event's page as the one "part-of" uri; a part-of DOI or ISSN is a journal's, no event page.
    private static string? EventUrl(OrcidWorkFields work)
    {
        foreach (var id in work.ExternalIds)
        {
            if (!string.Equals(id.Relationship?.Trim(), "part-of", StringComparison.OrdinalIgnoreCase)
                || id.Type?.Trim().ToLowerInvariant() is not ("uri" or "url"))
            {
                continue;
            }

            var link = TextCleaner.SingleLine(id.Url) ?? TextCleaner.SingleLine(id.Value);
            if (link is not null && Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return link;
            }
        }

        return null;
    }

    // ORCID's codes are Java's old ISO 639-1 spellings; a record wants today's BCP 47 ones.
    private static string? Language(string? code) => TextCleaner.SingleLine(code) switch
    {
        null => null,
        "iw" => "he",
        "in" => "id",
        "ji" => "yi",
        var c => c.Replace('_', '-'),
    };
}
