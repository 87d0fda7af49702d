using System.Text;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Core.Reading.Text;
using TalkExport.Exporters.BibTeX.Reading;

namespace TalkExport.Exporters.BibTeX.Importing;

/// <summary>
/// One .bib entry as a talk: the inverse of <see cref="BibTeXMapping"/> (both dialects) and the usual
/// fields other programs write. Which entry is a talk is decided by its type (<see cref="IsTalkType"/>),
/// except in a file of talks (<see cref="DescribedTalk"/>).
/// </summary>
internal static class BibTeXEntryImport
{
    /// <summary>What became of one entry.</summary>
    public enum Outcome
    {
        /// <summary>A talk.</summary>
        Talk,

        /// <summary>Not a talk (its type, or a <c>type</c> that says the person attended or organised).</summary>
        NotTalk,

        /// <summary>Unreadable: no title, or a date that is not one.</summary>
        Unreadable,
    }

    /// <summary>
    /// The entry types that are talks: <c>@misc</c> and <c>@unpublished</c> (what talk lists and our
    /// exporter write), <c>@inproceedings</c>/<c>@conference</c> (a paper presented at a conference:
    /// in a file of talks, the talk), <c>@lecture</c> and the non-standard <c>@presentation</c>,
    /// <c>@talk</c>, <c>@speech</c>. Journal articles, books, theses and the rest are not talks: a
    /// publication list imported by mistake then adds nothing.
    /// </summary>
    public static bool IsTalkType(string type) =>
        type is "misc" or "unpublished" or "inproceedings" or "conference" or "lecture" or "presentation" or "talk" or "speech";

    /// <summary>Maps <paramref name="entry"/>; <paramref name="problem"/> says why when it is unreadable.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="path">The file's path, for the talk's source.</param>
    /// <param name="talkFile">True for a file of talks (<see cref="DescribedTalk.IsTalkFile"/>): every type is a talk.</param>
    /// <param name="talk">The talk.</param>
    /// <param name="problem">Why the entry is unreadable.</param>
    /// <param name="lostNote">Note text no field holds.</param>
    public static Outcome Map(BibTeXFileEntry entry, string path, bool talkFile, out Talk? talk, out string problem, out string? lostNote)
    {
        talk = null;
        problem = "";
        lostNote = null;
        if (!talkFile && !IsTalkType(entry.Type))
        {
            return Outcome.NotTalk;
        }

        var explicitType = Line(entry["type"]);
        if (KindRules.IsNotGivenByOwner(explicitType))
        {
            return Outcome.NotTalk;
        }

        if (Line(entry["title"]) is not { } title)
        {
            problem = $"the @{entry.Type} entry{KeyText(entry)} has no title";
            return Outcome.Unreadable;
        }

        if (!BibTeXImportDates.TryRead(name => entry[name], out var date, out var end, out var dateProblem))
        {
            problem = $"the @{entry.Type} entry{KeyText(entry)}: {dateProblem}";
            return Outcome.Unreadable;
        }

        var (venue, howLabel, howUrl) = Event(entry);
        var (links, otherNote) = BibTeXImportLinks.Read(entry, howUrl);
        lostNote = otherNote;
        var place = Line(entry["venue"]) ?? Line(entry["location"]) ?? Line(entry["address"]);
        TalkKind? described = null;
        if ((Line(entry["journal"]) ?? Line(entry["booktitle"])) is { } ownTitle && Line(entry["eventtitle"]) is null && entry["howpublished"] is null
            && DescribedTalk.TryParse(title, out var describedKind, out var describedEvent, out var describedPlace))
        {
            // "Invited talk at GAIA seminar, Grenoble, France" with the talk's title under it.
            (title, venue, described) = (ownTitle, describedEvent, describedKind);
            place ??= describedPlace;
        }

        talk = new Talk
        {
            Title = title,
            Date = date,
            EndDate = end,
            Authors = entry["author"] is { } authors ? BibTeXNameList.Parse(authors) : [],
            Kind = described ?? Kind(entry.Type, explicitType, howLabel, title, venue),
            Venue = venue,
            Location = place,
            Institution = Line(entry["institution"]) ?? Line(entry["organization"]) ?? Line(entry["school"]),
            Abstract = Paragraphs(entry["abstract"]),
            Tags = Tags(entry["keywords"]),
            Links = links,
            Language = Language(Line(entry["langid"]) ?? Line(entry["language"])),
            BibTeX = entry.Text.Length > 0 ? entry.Text : null,
            Source = new SourceLocation(path, entry.Line),
        };
        return Outcome.Talk;
    }

    // The event: biblatex eventtitle; else howpublished (our bibtex dialect writes "Kind label, event,
    // place" there, so a leading label is the kind, not the event; one that is only a URL is a link);
    // else an @inproceedings' booktitle.
    private static (string? Venue, TalkKind? Label, string? Url) Event(BibTeXFileEntry entry)
    {
        string? url = null;
        TalkKind? label = null;
        string? venue = Line(entry["eventtitle"]);
        if (entry["howpublished"] is { } howpublished)
        {
            url = BibTeXImportLinks.OnlyUrl(howpublished);
            if (url is null && Line(howpublished) is { } text)
            {
                var (kind, rest) = SplitLabel(text);
                label = kind;
                venue ??= rest;
            }
        }

        return (venue ?? Line(entry["booktitle"]), label, url);
    }

    // "Invited talk, NeurIPS 2020, Vancouver": the kind and the rest. A label followed by ' ', ':', ';' or '.'
    // is the event's own first words ("Invited talk at MIT": our exporter then writes no label): the
    // kind, with the text kept whole.
    private static (TalkKind? Kind, string? Remainder) SplitLabel(string text)
    {
        foreach (var kind in TalkKinds.All)
        {
            var label = kind.Label();
            if (!text.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (text.Length == label.Length)
            {
                return (kind, null);
            }

            switch (text[label.Length])
            {
                case ',':
                    return (kind, TextCleaner.SingleLine(text[(label.Length + 1)..]));
                case ' ' or ':' or ';' or '.':
                    return (kind, text);
                default:
                    break;
            }
        }

        return (null, text);
    }

    // The first that says: the type field (our label exactly, else a kind phrase: "Invited talk", "Keynote");
    // howpublished's label; @lecture; the title, then the event; @inproceedings/@conference (a contributed talk).
    private static TalkKind Kind(string entryType, string? explicitType, TalkKind? howLabel, string title, string? venue)
    {
        if (explicitType is not null)
        {
            foreach (var kind in TalkKinds.All)
            {
                if (string.Equals(kind.Label(), explicitType, StringComparison.OrdinalIgnoreCase) || string.Equals(kind.Id(), explicitType, StringComparison.OrdinalIgnoreCase))
                {
                    return kind;
                }
            }

            if (KindRules.TryMatch(explicitType, out var phrased))
            {
                return phrased;
            }
        }

        if (howLabel is { } labelled)
        {
            return labelled;
        }

        if (entryType == "lecture")
        {
            return TalkKind.Lecture;
        }

        if (KindRules.TryMatch(title, out var fromTitle) || KindRules.TryMatch(venue, out fromTitle))
        {
            return fromTitle;
        }

        return entryType is "inproceedings" or "conference" ? TalkKind.Contributed : TalkKind.Talk;
    }

    private static List<string> Tags(string? keywords)
    {
        if (keywords is null)
        {
            return [];
        }

        var tags = new List<string>();
        foreach (var piece in TeXText.Decode(keywords).Split([',', ';']))
        {
            if (TextCleaner.SingleLine(piece) is { } tag && !tags.Contains(tag, StringComparer.Ordinal))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    // Paragraphs at blank lines (white space only), each on one line, joined by "\n\n".
    private static string? Paragraphs(string? tex)
    {
        if (tex is null)
        {
            return null;
        }

        var paragraphs = new StringBuilder();
        var paragraph = new StringBuilder();
        foreach (var line in TeXText.Decode(tex).Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                paragraph.Append(line).Append(' ');
                continue;
            }

            Flush(paragraphs, paragraph);
        }

        Flush(paragraphs, paragraph);
        return paragraphs.Length == 0 ? null : paragraphs.ToString();
    }

    private static void Flush(StringBuilder paragraphs, StringBuilder paragraph)
    {
        if (TextCleaner.SingleLine(paragraph.ToString()) is { } text)
        {
            paragraphs.Append(paragraphs.Length > 0 ? "\n\n" : "").Append(text);
        }

        paragraph.Clear();
    }

    // biblatex langid/language names as codes; a code or anything else as written, lower case.
    private static string? Language(string? value) => value?.ToLowerInvariant() switch
    {
        null => null,
        "english" or "american" or "british" or "usenglish" or "ukenglish" or "canadian" or "australian" => "en",
        "german" or "ngerman" or "austrian" or "naustrian" or "swissgerman" => "de",
        "french" or "francais" => "fr",
        "spanish" => "es",
        "italian" => "it",
        "portuguese" or "portuges" or "brazilian" or "brazil" => "pt",
        "dutch" => "nl",
        "swedish" => "sv",
        "norwegian" or "norsk" or "nynorsk" => "no",
        "danish" => "da",
        "finnish" => "fi",
        "polish" => "pl",
        "russian" => "ru",
        "czech" => "cs",
        "greek" => "el",
        "turkish" => "tr",
        "chinese" => "zh",
        "japanese" => "ja",
        "korean" => "ko",
        var other => other,
    };

    private static string? Line(string? tex) => tex is null ? null : TextCleaner.SingleLine(TeXText.Decode(tex));

    private static string KeyText(BibTeXFileEntry entry) => entry.Key.Length > 0 ? $" '{entry.Key}'" : "";
}
