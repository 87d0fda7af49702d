using System.Globalization;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Reading;

/// <summary>
/// Jekyll's post name, <c>YYYY-MM-DD-slug.ext</c> (its DATE_FILENAME_MATCHER,
/// <c>^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.+)\.[^.]+$</c>), read without a regex match per file. Ruby's
/// <c>\d</c> is ASCII only, so a name with other digits ("٢٠٢٠-01-05-x.md") is not a post, as in Jekyll.
/// </summary>
internal static class PostFileName
{
    private const int Matched = 1;
    private const int NoMatch = 0;

    /// <summary>
    /// The length of the date (<c>2021-02-30</c>, as written) when <paramref name="name"/> has the
    /// shape <c>^(\d{2,4})-(\d{1,2})-(\d{1,2})-(.+)\.[^.]+$</c>; 0 when it has not.
    /// </summary>
    public static int DateLength(string name)
    {
        var i = 0;
        var shape = DigitsAndDash(name, ref i, 2, 4);
        if (shape == Matched)
        {
            shape = DigitsAndDash(name, ref i, 1, 2);
        }

        if (shape == Matched)
        {
            shape = DigitsAndDash(name, ref i, 1, 2);
        }

        if (shape == NoMatch)
        {
            return 0;
        }

        // (.+)\.[^.]+$ : the last dot, with something before it (no line end: '.' does not match
        // one) and after it ('[^.]+' takes a final line end too, so '$' needs no special case).
        var rest = name.AsSpan(i);
        var dot = rest.LastIndexOf('.');
        return dot >= 1 && dot < rest.Length - 1 && !rest[..dot].Contains('\n') ? i - 1 : 0;
    }

    /// <summary>True when a date as <see cref="DateLength"/> found it exists (2021-02-30 does not).</summary>
    public static bool IsRealDate(ReadOnlySpan<char> date) => TryRead(date, out _);

    /// <summary>
    /// The date of a post or collection document's name, as Jekyll takes it (any document whose name
    /// matches DATE_FILENAME_MATCHER, read by <c>Time.parse</c>: "2020-1-5" is 5 January 2020, a
    /// 2-digit year is 19xx from 69, else 20xx): Ok, Impossible (2021-02-30) or NotADate (no match),
    /// with the length of the date as written.
    /// </summary>
    public static DateText.Result Date(string name, out TalkDate date, out int dateLength)
    {
        date = default;
        dateLength = DateLength(name);
        if (dateLength == 0)
        {
            return DateText.Result.NotADate;
        }

        return TryRead(name.AsSpan(0, dateLength), out date) ? DateText.Result.Ok : DateText.Result.Impossible;
    }

    private static bool TryRead(ReadOnlySpan<char> date, out TalkDate talkDate)
    {
        var firstDash = date.IndexOf('-');
        var secondDash = firstDash + 1 + date[(firstDash + 1)..].IndexOf('-');
        var year = int.Parse(date[..firstDash], CultureInfo.InvariantCulture);
        year = firstDash == 2 ? year + (year >= 69 ? 1900 : 2000) : year;
        var month = int.Parse(date[(firstDash + 1)..secondDash], CultureInfo.InvariantCulture);
        var day = int.Parse(date[(secondDash + 1)..], CultureInfo.InvariantCulture);
        return TalkDate.TryCreate(year, month, day, out talkDate);
    }

    // \d{min,max}- at i, moving i past the dash. \d is greedy and '-' is no digit, so the whole run
    // of (ASCII) digits must fit.
    private static int DigitsAndDash(string name, ref int i, int min, int max)
    {
        var start = i;
        while (i < name.Length && char.IsAsciiDigit(name[i]))
        {
            i++;
        }

        if (i - start < min || i - start > max || i >= name.Length || name[i] != '-')
        {
            return NoMatch;
        }

        i++;
        return Matched;
    }
}
