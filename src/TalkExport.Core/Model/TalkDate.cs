using System.Globalization;

namespace TalkExport.Core.Model;

/// <summary>
/// A calendar date that may be known only to the year or month. Talks have no time zone
/// worth keeping: a date is kept as written, never shifted.
/// </summary>
public readonly record struct TalkDate : IComparable<TalkDate>
{
    /// <summary>Creates a date; <paramref name="month"/> and <paramref name="day"/> may be omitted from the right.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a real calendar date.</exception>
    public TalkDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be 1-9999.");
        }

        if (month is { } m && m is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be 1-12.");
        }

        if (day is { } d && (month is null || d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Day must exist in its month.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year (1-9999).</summary>
    public int Year { get; }

    /// <summary>The month (1-12), when known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; }

    /// <summary>The first day of the date: itself for a day, the 1st of a month, 1 January of a year.</summary>
    public TalkDate FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Tries to make a date from parts that may not form a real date (e.g. 2021-02-30).</summary>
    public static bool TryCreate(int year, int? month, int? day, out TalkDate date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || (day is not null && month is null))
        {
            return false;
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            return false;
        }

        date = new TalkDate(year, month, day);
        return true;
    }

    /// <summary>Parses ISO 8601 <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (nothing else).</summary>
    public static bool TryParseIso(ReadOnlySpan<char> text, out TalkDate date)
    {
        date = default;
        if (text.Length is not (4 or 7 or 10) || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        int? month = null;
        int? day = null;
        if (text.Length >= 7)
        {
            if (text[4] != '-' || !int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var m))
            {
                return false;
            }

            month = m;
        }

        if (text.Length == 10)
        {
            if (text[7] != '-' || !int.TryParse(text[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            {
                return false;
            }

            day = d;
        }

        return TryCreate(year, month, day, out date);
    }

    /// <summary>ISO 8601 at the known precision: <c>2020</c>, <c>2020-11</c> or <c>2020-11-05</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Orders by year, then month, then day; an unknown part sorts before any known one.</summary>
    public int CompareTo(TalkDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }

        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
    public static bool operator <(TalkDate left, TalkDate right) => left.CompareTo(right) < 0;

    /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
    public static bool operator >(TalkDate left, TalkDate right) => left.CompareTo(right) > 0;

    /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
    public static bool operator <=(TalkDate left, TalkDate right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
    public static bool operator >=(TalkDate left, TalkDate right) => left.CompareTo(right) >= 0;
}
