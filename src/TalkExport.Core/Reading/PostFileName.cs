using System.Globalization;

namespace TalkExport.Core.Reading;

/// <summary>
/// Jekyll's post name, <c>YYYY-MM-DD-slug.ext</c>, read without a regex match per file: the answers
/// are those of <see cref="RecordDiscovery.DateName"/> (whose <c>\d</c> also matches non-ASCII
/// digits; a name with one is left to the regex itself).
/// </summary>
internal static class PostFileName
{
    private const int Matched = 1;
    private const int NoMatch = 0;
    private const int AskRegex = -1;

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

        if (shape == AskRegex)
        {
            var match = RecordDiscovery.DateName().Match(name);
            return match.Success ? match.Groups[3].Index + match.Groups[3].Length : 0;
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
    /// <exception cref="FormatException">A part is in non-ASCII digits (as int.Parse on the regex groups did).</exception>
    public static bool IsRealDate(ReadOnlySpan<char> date)
    {
        var firstDash = date.IndexOf('-');
        var secondDash = firstDash + 1 + date[(firstDash + 1)..].IndexOf('-');
        var year = int.Parse(date[..firstDash], CultureInfo.InvariantCulture);
        var month = int.Parse(date[(firstDash + 1)..secondDash], CultureInfo.InvariantCulture);
        var day = int.Parse(date[(secondDash + 1)..], CultureInfo.InvariantCulture);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    // \d{min,max}- at i, moving i past the dash. \d is greedy and '-' is no digit, so the whole run
    // of digits must fit; a non-ASCII digit (which \d matches too) sends the name to the regex.
    private static int DigitsAndDash(string name, ref int i, int min, int max)
    {
        var start = i;
        while (i < name.Length && char.IsAsciiDigit(name[i]))
        {
            i++;
        }

        if (i < name.Length && char.IsDigit(name[i]))
        {
            return AskRegex;
        }

        if (i - start < min || i - start > max || i >= name.Length || name[i] != '-')
        {
            return NoMatch;
        }

        i++;
        return Matched;
    }
}
