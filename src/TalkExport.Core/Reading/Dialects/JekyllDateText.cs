using System.Globalization;
using System.Text.RegularExpressions;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// The date texts Jekyll reads that are not ISO dates: Jekyll passes a front-matter <c>date</c> that
/// YAML did not read as a timestamp to Ruby's <c>Time.parse</c> (<c>Utils.parse_date</c>), which finds
/// "23 March 2011", "March 23rd, 2011", "Wed, 23 Mar 2011 10:00 +0000", "23/03/2011", "23.3.2011",
/// "5-Jun-2019", "20110323" and more. This follows <c>Date._parse</c>'s sub-parsers in its order (weekday
/// dropped; then day-month-year, month-day-year, y-m-d, VMS d-mon-y, slash, dot, 8 digits) and its
/// rule for which number is the year (<c>s3e</c>: a number of 3+ digits; a 2-digit year is 19xx from 69,
/// else 20xx). <c>JekyllDateOracleTests</c> runs Ruby's <c>Time.parse</c> on every form.
/// Where Ruby's answer depends on the day it runs or is not a day, we say it is not a date:
/// a text without a year (Ruby takes the current one), a day past the month's end (Ruby rolls
/// "30 February" into March: <see cref="DateText.Result.Impossible"/>), a year below 1 ("June 5-7, 2019"
/// is year -7 to Ruby). A text that names only a month and year ("March 2011") is read at month
/// precision, where Ruby fills in day 1.
/// </summary>
internal static partial class JekyllDateText
{
    private const string Month = "(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";

    /// <summary>Reads <paramref name="text"/> as <c>Time.parse</c> does, within the limits above.</summary>
    public static DateText.Result TryParse(string text, out TalkDate date)
    {
        date = default;
        var s = Weekday().Replace(text.Trim().ToLowerInvariant(), " ", 1);
        Match m;
        if ((m = DayMonthYear()).Success || (m = MonthDayYear()).Success)
        {
            return FromNamedMonth(m, out date);
        }

        if ((m = YearMonthDay()).Success || (m = Slashed()).Success || (m = Dotted()).Success)
        {
            return m.Groups["c"].Success
                ? FromThree(m.Groups["a"].Value, MonthNumber(m.Groups["b"].Value), m.Groups["c"].Value, out date)
                : FromTwo(m.Groups["a"].Value, m.Groups["b"].Value, out date);
        }

        if ((m = VmsDayMonthYear()).Success)
        {
            return FromThree(m.Groups["y"].Value, MonthNumber(m.Groups["mon"].Value), m.Groups["d"].Value, out date);
        }

        if ((m = VmsMonthDayYear()).Success)
        {
            return FromNamedMonth(m, out date);
        }

        if ((m = EightDigits().Match(s)).Success)
        {
            return Create(Number(m.Value[..4]), Number(m.Value[4..6]), Number(m.Value[6..]), out date);
        }

        return DateText.Result.NotADate;

        Match DayMonthYear() => Eu().Match(s);
        Match MonthDayYear() => Us().Match(s);
        Match YearMonthDay() => Iso().Match(s);
        Match Slashed() => Sla().Match(s);
        Match Dotted() => Dot().Match(s);
        Match VmsDayMonthYear() => Vms1().Match(s);
        Match VmsMonthDayYear() => Vms2().Match(s);
    }

    // A named month with a day and maybe a year; a day of 3+ digits with no year is the year ("March 2011").
    private static DateText.Result FromNamedMonth(Match m, out TalkDate date)
    {
        date = default;
        var month = MonthNumber(m.Groups["mon"].Value);
        var day = m.Groups["d"].Value;
        if (!m.Groups["y"].Success)
        {
            if (Digits(day) <= 2)
            {
                return DateText.Result.NotADate; // Ruby takes the current year
            }

            return TalkDate.TryCreate(Number(day), month, null, out date) ? DateText.Result.Ok : DateText.Result.NotADate;
        }

        return FromThree(m.Groups["y"].Value, month, day, out date);
    }

    // Ruby's s3e for y, m, d as written: the one of 3+ digits is the year, else the first; 2-digit years completed.
    private static DateText.Result FromThree(string first, int month, string last, out TalkDate date)
    {
        var (year, day) = Digits(first) <= 2 && Digits(last) > 2 ? (last, first) : (first, last);
        return Create(Year(year), month, Number(day), out date);
    }

    // "3/2011", "2011/3": the month and year; two short numbers ("3/5") have no year.
    private static DateText.Result FromTwo(string a, string b, out TalkDate date)
    {
        date = default;
        var (year, month) = Digits(a) > 2 ? (a, b) : Digits(b) > 2 ? (b, a) : ("", "");
        return year.Length > 0 && TalkDate.TryCreate(Number(year), Number(month), null, out date) ? DateText.Result.Ok : DateText.Result.NotADate;
    }

    private static DateText.Result Create(int year, int month, int day, out TalkDate date)
    {
        if (TalkDate.TryCreate(year, month, day, out date))
        {
            return DateText.Result.Ok;
        }

        // Ruby rolls a day 29-31 past the month's end into the next month; we call it what it is.
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day is >= 1 and <= 31 ? DateText.Result.Impossible : DateText.Result.NotADate;
    }

    private static int Year(string text)
    {
        var year = Number(text);
        return Digits(text) <= 2 && !text.StartsWith('-') ? year + (year >= 69 ? 1900 : 2000) : year;
    }

    private static int MonthNumber(string text) => text.Length > 0 && char.IsAsciiDigit(text[0])
        ? Number(text)
        : Array.IndexOf(MonthNames, text[..3]) + 1;

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static int Digits(string text) => text.Count(char.IsAsciiDigit);

    private static int Number(string text) =>
        int.TryParse(text.TrimStart('\''), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is > -100000 and < 100000 ? n : 0;

    [GeneratedRegex(@"\b(sun|mon|tue|wed|thu|fri|sat)[^-/\d\s]*", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"'?\b(?<d>\d+)[^-\d\s]*\s*" + Month + @"[^-\d\s']*(?:\s*'?(?<y>-?\d+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Eu();

    [GeneratedRegex(@"\b" + Month + @"[^-\d\s']*\s*'?(?<d>\d+)[^-\d\s']*(?:\s*,?\s*'?(?<y>-?\d+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Us();

    [GeneratedRegex(@"(?<a>[-+]?\d+)-(?<b>\d+)-(?<c>-?\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"'?\b(?<d>\d+)-" + Month + @"[^-/.]*-'?(?<y>-?\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Vms1();

    [GeneratedRegex(@"\b" + Month + @"[^-/.]*-'?(?<d>\d+)(?:-'?(?<y>-?\d+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Vms2();

    [GeneratedRegex(@"(?<a>-?\d+)/\s*(?<b>\d+)(?:\D\s*(?<c>-?\d+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Sla();

    [GeneratedRegex(@"(?<a>-?\d+)\.\s*(?<b>\d+)\.\s*(?<c>-?\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Dot();

    [GeneratedRegex(@"^\d{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex EightDigits();
}
