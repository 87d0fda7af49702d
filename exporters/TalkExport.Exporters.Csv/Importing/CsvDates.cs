using System.Globalization;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Csv.Importing;

/// <summary>
/// Dates as tables hold them: ISO 8601 at any precision (our exporter, academicpages' template),
/// with a time after it (pandas, databases); <c>M/D/YY</c> and <c>M/D/YYYY</c> (a US spreadsheet
/// saving the file); <c>D.M.YYYY</c> (German, Nordic and other European spreadsheets).
/// </summary>
internal static class CsvDates
{
    /// <summary>Which part of a slashed date is the day: a file is one spreadsheet's, so one order.</summary>
    public enum SlashOrder
    {
        /// <summary>M/D/Y, as US spreadsheets write dates (the default).</summary>
        MonthFirst,

        /// <summary>D/M/Y: chosen when some date of the file has a first part over 12 and none a second part over 12.</summary>
        DayFirst,
    }

    /// <summary>The order of the file's slashed dates, from the dates themselves.</summary>
    public static SlashOrder OrderOf(IEnumerable<string?> cells)
    {
        var dayFirst = false;
        var monthFirst = false;
        foreach (var cell in cells)
        {
            if (SlashParts(cell) is var (first, second, _))
            {
                dayFirst |= first > 12;
                monthFirst |= second > 12;
            }
        }

        return dayFirst && !monthFirst ? SlashOrder.DayFirst : SlashOrder.MonthFirst;
    }

    /// <summary>Reads <paramref name="text"/> as a date at its precision; false when it is not one of the forms above or not a real day.</summary>
    public static bool TryParse(string text, SlashOrder order, out TalkDate date)
    {
        var s = text.AsSpan().Trim();
        if (TalkDate.TryParseIso(s, out date))
        {
            return true;
        }

        // 2019-06-03 00:00:00, 2019-06-03T10:00: the day is what a talk keeps.
        if (s.Length > 10 && s[10] is ' ' or 'T' && TalkDate.TryParseIso(s[..10], out date))
        {
            return true;
        }

        if (SlashParts(text) is var (a, b, year))
        {
            var (month, day) = order == SlashOrder.MonthFirst ? (a, b) : (b, a);
            return TalkDate.TryCreate(year, month, day, out date);
        }

        if (Parts(s, '.') is [var d, var m, var y] && y.Length is 2 or 4)
        {
            return TalkDate.TryCreate(Year(y), Number(m), Number(d), out date);
        }

        return false;
    }

    private static (int First, int Second, int Year)? SlashParts(string? text)
    {
        if (text is null || Parts(text.AsSpan().Trim(), '/') is not [var a, var b, var y] || y.Length is not (2 or 4))
        {
            return null;
        }

        return (Number(a), Number(b), Year(y));
    }

    // The parts between separators when each is 1-4 digits; otherwise none.
    private static string[] Parts(ReadOnlySpan<char> s, char separator)
    {
        var parts = s.ToString().Split(separator);
        return parts.Length == 3 && parts.All(p => p.Length is >= 1 and <= 4 && p.All(char.IsAsciiDigit)) ? parts : [];
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    // Two digits as Excel reads them when the file was made: 00-29 are 2000-2029, 30-99 are 1930-1999.
    private static int Year(string digits) => digits.Length == 2 ? Number(digits) + (Number(digits) < 30 ? 2000 : 1900) : Number(digits);
}
