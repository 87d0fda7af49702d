using TalkExport.Core.Model;

namespace TalkExport.Exporters.Word.Mapping;

/// <summary>The three entry styles, written into a <see cref="CvRunBuilder"/> (links are added by the caller).</summary>
internal static class CitationWriters
{
    /// <summary>APA 7: <c>Mogren, O. (2020, November 5). *Title* [Seminar presentation]. Venue, Location.</c></summary>
    public static void Apa(CvRunBuilder b, Talk talk, IReadOnlyList<Person> authors, OwnerNames owner)
    {
        var date = "(" + CvDates.Apa(talk.Date, talk.EndDate) + ").";
        var description = " [" + KindTexts.ApaDescription(talk.Kind) + "].";
        if (authors.Count > 0)
        {
            AuthorList.Apa(b, authors, owner);
            b.EndSentence().Text(" " + date + " ").Text(Title(talk), italic: true).Text(description);
        }
        else
        {
            // APA moves the title into the author position when there is no author.
            b.Text(Title(talk), italic: true).Text(description + " " + date);
        }

        Place(b, talk.Venue, PlaceText(talk), null);
    }

    /// <summary>Chicago author-date: <c>Mogren, Olof. 2020. “Title.” Seminar presented at Venue, Location, November 5.</c></summary>
    public static void Chicago(CvRunBuilder b, Talk talk, IReadOnlyList<Person> authors, OwnerNames owner)
    {
        var year = CvDates.YearOrNoDate(talk.Date);
        var title = HeadlineCase.Apply(Title(talk));
        var quoted = "\u201C" + title + (EndsSentence(title) ? "" : ".") + "\u201D";
        if (authors.Count > 0)
        {
            AuthorList.Chicago(b, authors, owner);
            b.EndSentence().Text(" " + year + ". " + quoted);
        }
        else
        {
            b.Text(quoted + " " + year + ".");
        }

        var venue = Clean(talk.Venue);
        var phrase = venue.Length > 0 ? KindTexts.ChicagoPhrase(talk.Kind) + " at " + venue : KindTexts.ChicagoNoun(talk.Kind);
        var parts = new[] { phrase, Clean(PlaceText(talk)), CvDates.ChicagoTail(talk.Date, talk.EndDate) ?? "" };
        b.Text(" " + string.Join(", ", parts.Where(p => p.Length > 0))).EndSentence();
    }

    /// <summary>Compact: <c>*Title.* [Co-authors.] Venue, Location, Nov 2020.</c></summary>
    public static void Compact(CvRunBuilder b, Talk talk, IReadOnlyList<Person> authors, OwnerNames owner)
    {
        var title = Title(talk);
        b.Text(EndsSentence(title) ? title : title + ".", italic: true);
        if (authors.Count > 1 || (authors.Count == 1 && !owner.Matches(authors[0])))
        {
            b.Text(" ");
            AuthorList.Natural(b, authors, owner);
            b.EndSentence();
        }

        Place(b, talk.Venue, PlaceText(talk), CvDates.Compact(talk.Date, talk.EndDate));
    }

    // The institution (when the record gives one) before the place.
    private static string? PlaceText(Talk talk) =>
        talk.Institution is null ? talk.Location : talk.Location is null ? talk.Institution : talk.Institution + ", " + talk.Location;

    private static void Place(CvRunBuilder b, string? venue, string? location, string? date)
    {
        var parts = new[] { Clean(venue), Clean(location), date ?? "" }.Where(p => p.Length > 0).ToArray();
        if (parts.Length > 0)
        {
            b.Text(" " + string.Join(", ", parts)).EndSentence();
        }
    }

    // A title's own final period would double the style's.
    private static string Title(Talk talk)
    {
        var title = Clean(talk.Title);
        title = title.EndsWith("...", StringComparison.Ordinal) ? title : title.TrimEnd('.').TrimEnd();
        return title.Length > 0 ? title : "Untitled";
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!' or '\u2026';

    internal static string Clean(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
