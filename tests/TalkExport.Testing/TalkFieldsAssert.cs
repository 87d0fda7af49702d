using TalkExport.Core.Model;
using Xunit;

namespace TalkExport.Testing;

/// <summary>Compares two talks field by field (the fields a round trip must keep), naming the field that differs.</summary>
public static class TalkFieldsAssert
{
    /// <summary>
    /// Title, dates, speakers, kind, event, place, links (the page excepted), tags and abstract equal.
    /// With <paramref name="jekyllPlace"/> the institution is compared as part of the place (the Jekyll
    /// themes have one key for both).
    /// </summary>
    public static void Equal(Talk expected, Talk actual, string what, bool jekyllPlace = false, bool compareKind = true)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Field("title", expected.Title, actual.Title);
        Field("date", expected.Date?.ToString(), actual.Date?.ToString());
        Field("end date", expected.EndDate?.ToString(), actual.EndDate?.ToString());
        Field("authors", string.Join("; ", expected.Authors.Select(a => a.Name)), string.Join("; ", actual.Authors.Select(a => a.Name)));
        if (compareKind)
        {
            Field("kind", expected.Kind.Id(), actual.Kind.Id());
        }

        Field("event", expected.Venue, actual.Venue);
        if (jekyllPlace)
        {
            Field("place", Join(expected.Institution, expected.Location), Join(actual.Institution, actual.Location));
        }
        else
        {
            Field("place", expected.Location, actual.Location);
            Field("institution", expected.Institution, actual.Institution);
        }

        Field("slides", expected.Links.Slides, actual.Links.Slides);
        Field("video", expected.Links.Video, actual.Links.Video);
        Field("event link", expected.Links.Event, actual.Links.Event);
        Field("code", expected.Links.Code, actual.Links.Code);
        Field("tags", string.Join("; ", expected.Tags), string.Join("; ", actual.Tags));
        Field("abstract", expected.Abstract, actual.Abstract);

        void Field(string name, string? want, string? got) =>
            Assert.True(string.Equals(want, got, StringComparison.Ordinal), $"{what}: {name} differs{FirstDifference(want, got)}\n  expected: {want ?? "(none)"}\n  actual:   {got ?? "(none)"}");
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
