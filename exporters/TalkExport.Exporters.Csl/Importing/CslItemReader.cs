using System.Text.Json;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Exporters.Csl.Importing;

/// <summary>
/// Maps one CSL-JSON item to a <see cref="Talk"/>: the inverse of <see cref="CslItemWriter"/>,
/// and what pandoc, Zotero and citeproc tools write for a <c>speech</c> (Zotero's "Presentation").
/// </summary>
internal static class CslItemReader
{
    /// <summary>The one CSL type that is a talk: CSL 1.0.2 has no poster or lecture type (the genre says which).</summary>
    public const string SpeechType = "speech";

    /// <summary>Adds the item's talk, error or not-a-talk count to <paramref name="batch"/>.</summary>
    /// <param name="item">The item.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="line">The item's line.</param>
    /// <param name="talkFile">True for a file named for talks (<see cref="DescribedTalk.IsTalkFile"/>): every type is a talk.</param>
    /// <param name="batch">Where the talk, error or count goes.</param>
    public static void Read(JsonElement item, string path, int line, bool talkFile, ImportBatch batch)
    {
        var id = Text(item, "id");
        var named = id is null ? "the item" : $"item '{id}'";
        var type = Text(item, "type");
        if (type is null)
        {
            batch.Diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, line, 1, $"{named} has no CSL type; it was not imported."));
            return;
        }

        if (!talkFile && !string.Equals(type, SpeechType, StringComparison.OrdinalIgnoreCase))
        {
            batch.NotTalks++;
            return;
        }

        var title = CslText.SingleLine(Text(item, "title"));
        if (title is null)
        {
            batch.Diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, line, 1, $"{named} has no title; it was not imported."));
            return;
        }

        // A talk's own date is its event's; "issued" is what our exporter and pandoc (biblatex date) write.
        TalkDate? date = null;
        TalkDate? endDate = null;
        foreach (var name in (ReadOnlySpan<string>)["event-date", "issued"])
        {
            if (item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                if (!CslDates.TryRead(value, out date, out endDate, out var problem))
                {
                    batch.Diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, line, 1, $"{named} ('{title}'): {name} {problem}; it was not imported."));
                    return;
                }

                if (date is not null)
                {
                    break;
                }
            }
        }

        // "event-title" is CSL 1.0.2's name for 1.0.1's "event"; our exporter writes both.
        var venue = CslText.SingleLine(Text(item, "event-title") ?? Text(item, "event") ?? Text(item, "container-title"));
        var place = CslText.SingleLine(Text(item, "event-place") ?? Text(item, "publisher-place"));
        var genre = CslText.SingleLine(Text(item, "genre"));
        TalkKind? described = null;
        if (Text(item, "event-title") is null && Text(item, "event") is null && CslText.SingleLine(Text(item, "container-title")) is { } ownTitle
            && DescribedTalk.TryParse(title, out var describedKind, out var describedEvent, out var describedPlace))
        {
            // "Invited talk at GAIA seminar, Grenoble, France" with the talk's title as the container (a .bib list through pandoc).
            (title, venue, described) = (ownTitle, describedEvent, describedKind);
            place ??= describedPlace;
        }

        batch.Talks.Add(new Talk
        {
            Title = title,
            Date = date,
            EndDate = endDate,
            Authors = ReadNames(item),
            Kind = described ?? KindOf(genre, title, venue),
            Venue = venue,
            Location = place,
            Abstract = CslText.Paragraphs(Text(item, "abstract")),
            Tags = ReadKeywords(Text(item, "keyword")),
            Links = CslText.SingleLine(Text(item, "URL")) is { } url ? new TalkLinks { Page = url } : TalkLinks.None,
            Language = CslText.SingleLine(Text(item, "language")),
            Source = new SourceLocation(path, line),
        });
    }

    // Our exporter writes the kind's label ("Invited talk"); other tools write a phrase, read by the site readers' rules.
    private static TalkKind KindOf(string? genre, string title, string? venue)
    {
        foreach (var kind in TalkKinds.All)
        {
            if (string.Equals(genre, kind.Label(), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return TalkKinds.TryParse(genre, out var byId) ? byId : KindRules.Infer(genre, title, venue);
    }

    private static List<Person> ReadNames(JsonElement item)
    {
        var people = new List<Person>();
        if (!item.TryGetProperty("author", out var authors) || authors.ValueKind != JsonValueKind.Array)
        {
            return people;
        }

        foreach (var name in authors.EnumerateArray())
        {
            if (ReadName(name) is { } person)
            {
                people.Add(person);
            }
        }

        return people;
    }

    // CSL has split the name already: its parts are taken as they are, never parsed again.
    private static Person? ReadName(JsonElement name)
    {
        if (name.ValueKind == JsonValueKind.String)
        {
            return PersonNames.Parse(CslText.SingleLine(name.GetString()));
        }

        if (name.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (CslText.SingleLine(Text(name, "literal")) is { } literal)
        {
            return Person.FromLiteral(literal);
        }

        var family = CslText.SingleLine(Text(name, "family"));
        var given = CslText.SingleLine(Text(name, "given"));
        if (family is null)
        {
            return given is null ? null : Person.FromLiteral(given);
        }

        // The model has one particle: "dropping" (von in "Alexander von Humboldt") comes first, as written.
        var particles = string.Join(' ', new[] { Text(name, "dropping-particle"), Text(name, "non-dropping-particle") }.Select(CslText.SingleLine).OfType<string>());
        return new Person
        {
            Given = given,
            Family = family,
            Particle = particles.Length == 0 ? null : particles,
            Suffix = CslText.SingleLine(Text(name, "suffix")),
        };
    }

    // CSL's "keyword" is one string; our exporter and Zotero join tags with ", ".
    private static List<string> ReadKeywords(string? keywords) =>
        keywords is null ? [] : keywords.Split(',').Select(CslText.SingleLine).OfType<string>().ToList();

    // CSL processors accept numbers where strings are expected ("title": 1984); both are text here.
    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
