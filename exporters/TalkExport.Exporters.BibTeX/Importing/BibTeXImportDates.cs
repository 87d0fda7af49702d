using System.Globalization;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.BibTeX.Importing;

/// <summary>
/// An entry's date: biblatex <c>eventdate</c> (the talk's own day, preferred), else <c>date</c>, each
/// ISO 8601 <c>YYYY[-MM[-DD]]</c> or a range <c>start/end</c> (EDTF marks <c>?</c> <c>~</c> <c>%</c> and a
/// time after <c>T</c> are ignored; an open end <c>2020/</c> or <c>2020/..</c> has no end date); else
/// BibTeX <c>year</c>, <c>month</c> (1–12, or an English month name or its first three letters, as the
/// month macros expand) and <c>day</c>.
/// </summary>
internal static class BibTeXImportDates
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The dates of an entry; false with <paramref name="problem"/> when a field holds something that is not a date.</summary>
    public static bool TryRead(Func<string, string?> field, out TalkDate? date, out TalkDate? end, out string problem)
    {
        date = null;
        end = null;
        problem = "";
        foreach (var name in (ReadOnlySpan<string>)["eventdate", "date"])
        {
            if (Plain(field(name)) is { } value)
            {
                if (TryRange(value, out date, out end))
                {
                    return true;
                }

                problem = $"the {name} '{value}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or a range start/end)";
                return false;
            }
        }

        if (Plain(field("year")) is not { } yearText)
        {
            if (Plain(field("month")) is { } orphan)
            {
                problem = $"the month '{orphan}' has no year";
                return false;
            }

            return true;
        }

        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999)
        {
            problem = $"the year '{yearText}' is not a year";
            return false;
        }

        int? month = null;
        if (Plain(field("month")) is { } monthText)
        {
            month = Month(monthText);
            if (month is null)
            {
                problem = $"the month '{monthText}' is not a month";
                return false;
            }
        }

        int? day = null;
        if (Plain(field("day")) is { } dayText && month is not null)
        {
            if (!int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            {
                problem = $"the day '{dayText}' is not a day of the month";
                return false;
            }

            day = d;
        }

        if (!TalkDate.TryCreate(year, month, day, out var made))
        {
            problem = $"year {yearText}, month {month}, day {day} is not a date";
            return false;
        }

        date = made;
        return true;
    }

    private static bool TryRange(string value, out TalkDate? start, out TalkDate? end)
    {
        start = null;
        end = null;
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? value : value[..slash];
        if (!TryOne(first, out var s))
        {
            return false;
        }

        start = s;
        if (slash < 0)
        {
            return true;
        }

        var last = value[(slash + 1)..].Trim();
        if (last.Length == 0 || last == "..")
        {
            return true;
        }

        if (!TryOne(last, out var e) || e < s)
        {
            return false;
        }

        end = e == s ? null : e;
        return true;
    }

    private static bool TryOne(string text, out TalkDate date)
    {
        var t = text.Trim();
        var time = t.IndexOf('T', StringComparison.Ordinal);
        if (time >= 0)
        {
            t = t[..time];
        }

        return TalkDate.TryParseIso(t.TrimEnd('?', '~', '%'), out date);
    }

    private static int? Month(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        var lower = text.Trim().TrimEnd('.').ToLowerInvariant();
        for (var m = 0; m < 12; m++)
        {
            // "mar", "march", "Mar." (and "sept")
            if (lower.Length >= 3 && lower.StartsWith(MonthNames[m], StringComparison.Ordinal) && IsMonthWord(lower, m))
            {
                return m + 1;
            }
        }

        return null;
    }

    private static readonly string[] FullNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static bool IsMonthWord(string lower, int m) =>
        lower.Length == 3 || FullNames[m] == lower || (m == 8 && lower == "sept");

    // A field as plain text, or null when absent or blank.
    private static string? Plain(string? tex) =>
        tex is null ? null : Core.Reading.Text.TextCleaner.SingleLine(TeXText.Decode(tex));
}
