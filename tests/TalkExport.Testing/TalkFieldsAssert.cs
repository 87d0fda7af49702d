using TalkExport.Core.Model;
using Xunit;

namespace TalkExport.Testing;

/// <summary>The fields of a talk a round trip compares: what a format (or a dialect) carries.</summary>
[Flags]
public enum CarriedFields
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The title.</summary>
    Title = 1,

    /// <summary>The first day.</summary>
    Date = 2,

    /// <summary>The last day.</summary>
    EndDate = 4,

    /// <summary>The speakers, by name.</summary>
    Authors = 8,

    /// <summary>The kind.</summary>
    Kind = 16,

    /// <summary>The event.</summary>
    Event = 32,

    /// <summary>The place and the institution, each on its own.</summary>
    Place = 64,

    /// <summary>The place with the institution before it, as one text (a format or theme with one key for both).</summary>
    PlaceWithInstitution = 128,

    /// <summary>The slides, video and code links.</summary>
    MaterialLinks = 256,

    /// <summary>The event's page.</summary>
    EventLink = 512,

    /// <summary>The tags.</summary>
    Tags = 1024,

    /// <summary>The abstract.</summary>
    Abstract = 2048,

    /// <summary>Links compared as URIs in RFC 3986 form (a format that writes them so: ORCID's anyURI, a second '#' as %23).</summary>
    LinksAsUris = 4096,

    /// <summary>Everything a record of a site carries (the page URL excepted: a new record has its own).</summary>
    Record = Title | Date | EndDate | Authors | Kind | Event | Place | MaterialLinks | EventLink | Tags | Abstract,
}

/// <summary>Compares two talks field by field (the fields a round trip must keep), naming the field that differs.</summary>
public static class TalkFieldsAssert
{
    /// <summary>
    /// Every field of a record equal (the page excepted). With <paramref name="jekyllPlace"/> the
    /// institution is compared as part of the place (the Jekyll themes have one key for both).
    /// </summary>
    public static void Equal(Talk expected, Talk actual, string what, bool jekyllPlace = false) =>
        Equal(expected, actual, what, jekyllPlace ? (CarriedFields.Record & ~CarriedFields.Place) | CarriedFields.PlaceWithInstitution : CarriedFields.Record);

    /// <summary>The <paramref name="fields"/> of the two talks equal.</summary>
    public static void Equal(Talk expected, Talk actual, string what, CarriedFields fields)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Field(CarriedFields.Title, "title", expected.Title, actual.Title);
        Field(CarriedFields.Date, "date", expected.Date?.ToString(), actual.Date?.ToString());
        Field(CarriedFields.EndDate, "end date", expected.EndDate?.ToString(), actual.EndDate?.ToString());
        Field(CarriedFields.Authors, "authors", string.Join("; ", expected.Authors.Select(a => a.Name)), string.Join("; ", actual.Authors.Select(a => a.Name)));
        Field(CarriedFields.Kind, "kind", expected.Kind.Id(), actual.Kind.Id());
        Field(CarriedFields.Event, "event", expected.Venue, actual.Venue);
        Field(CarriedFields.PlaceWithInstitution, "place", Join(expected.Institution, expected.Location), Join(actual.Institution, actual.Location));
        Field(CarriedFields.Place, "place", expected.Location, actual.Location);
        Field(CarriedFields.Place, "institution", expected.Institution, actual.Institution);
        Field(CarriedFields.MaterialLinks, "slides", Link(expected.Links.Slides), Link(actual.Links.Slides));
        Field(CarriedFields.MaterialLinks, "video", Link(expected.Links.Video), Link(actual.Links.Video));
        Field(CarriedFields.MaterialLinks, "code", Link(expected.Links.Code), Link(actual.Links.Code));
        Field(CarriedFields.EventLink, "event link", Link(expected.Links.Event), Link(actual.Links.Event));
        Field(CarriedFields.Tags, "tags", string.Join("; ", expected.Tags), string.Join("; ", actual.Tags));
        Field(CarriedFields.Abstract, "abstract", expected.Abstract, actual.Abstract);

        // RFC 3986 allows no '#' inside a fragment: a URI writes one there as %23.
        string? Link(string? url) =>
            (fields & CarriedFields.LinksAsUris) != 0 && url is not null && url.IndexOf('#', StringComparison.Ordinal) is >= 0 and var hash
                ? string.Concat(url.AsSpan(0, hash + 1), url[(hash + 1)..].Replace("#", "%23", StringComparison.Ordinal))
                : url;

        void Field(CarriedFields field, string name, string? want, string? got)
        {
            if ((fields & field) != 0)
            {
                Assert.True(string.Equals(want, got, StringComparison.Ordinal), $"{what}: {name} differs{FirstDifference(want, got)}\n  expected: {want ?? "(none)"}\n  actual:   {got ?? "(none)"}");
            }
        }
    }

    private static string FirstDifference(string? want, string? got)
    {
        if (want is null || got is null)
        {
            return "";
        }

        var i = 0;
        while (i < want.Length && i < got.Length && want[i] == got[i])
        {
            i++;
        }

        string At(string s) => i < s.Length ? $"U+{(int)s[i]:X4}" : "end";
        return $" at {i} ({At(want)} vs {At(got)})";
    }

    private static string? Join(string? institution, string? place) =>
        institution is { Length: > 0 } i ? place is { Length: > 0 } p ? $"{i}, {p}" : i : place;
}
