using System.Globalization;
using TalkExport.Core.Model;

namespace TalkExport.Core.Exporting.Reporting;

/// <summary>
/// The academic year a date falls in, named by its two calendar years ("2020/21"), given the day the
/// year starts (a department's report year: 1 September in many places, 1 October in others).
/// </summary>
public readonly record struct AcademicYear(int StartMonth, int StartDay)
{
    /// <summary>1 September.</summary>
    public static AcademicYear Default { get; } = new(9, 1);

    /// <summary>The start written as <c>MM-DD</c> ("09-01", "10-01"); false when it is not a day of the year.</summary>
    public static bool TryParse(string? text, out AcademicYear start)
    {
        start = Default;
        if (text is null || !DateOnly.TryParseExact("2000-" + text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        start = new AcademicYear(day.Month, day.Day);
        return true;
    }

    /// <summary>
    /// "2020/21" for a date on or after the start day of 2020 and before that of 2021; a calendar year
    /// when the academic year starts on 1 January. A date of a year alone cannot be placed unless the
    /// year starts on 1 January: "2021 (year only)". No date: "undated".
    /// </summary>
    public string Of(TalkDate? date)
    {
        if (date is not { } d)
        {
            return "undated";
        }

        if (StartMonth == 1 && StartDay == 1)
        {
            return d.Year.ToString("D4", CultureInfo.InvariantCulture);
        }

        if (d.Month is not { } month)
        {
            return d.Year.ToString("D4", CultureInfo.InvariantCulture) + " (year only)";
        }

        // A month alone counts from its first day.
        var first = (month, d.Day ?? 1).CompareTo((StartMonth, StartDay)) >= 0 ? d.Year : d.Year - 1;
        return string.Create(CultureInfo.InvariantCulture, $"{first:D4}/{(first + 1) % 100:D2}");
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartMonth:D2}-{StartDay:D2}");
}
