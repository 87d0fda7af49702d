using System.Globalization;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Word.Mapping;

/// <summary>English date texts for the styles, at the precision the record knows; ranges use an en dash.</summary>
internal static class CvDates
{
    private const string Dash = "\u2013";

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>APA: "2020, November 5", "2024, May 7–11", "2024, May 30–June 2", "2020", or "n.d.".</summary>
    public static string Apa(TalkDate? start, TalkDate? end)
    {
        if (start is not { } s)
        {
            return "n.d.";
        }

        var text = Year(s);
        if (s.Month is null)
        {
            return end is { } ye && ye.Year > s.Year ? text + Dash + Year(ye) : text;
        }

        text += ", " + MonthDay(s);
        if (RealEnd(s, end) is not { } e)
        {
            return text;
        }

        if (e.Year != s.Year)
        {
            return text + Dash + Year(e) + ", " + MonthDay(e);
        }

        return text + Dash + (e.Month == s.Month && e.Day is not null ? Day(e) : MonthDay(e));
    }

    /// <summary>Chicago's trailing date: "November 5", "May 7–11", "May 30–June 2"; null when only the year is known.</summary>
    public static string? ChicagoTail(TalkDate? start, TalkDate? end)
    {
        if (start is not { Month: not null } s)
        {
            return null;
        }

        var text = MonthDay(s);
        if (RealEnd(s, end) is not { } e)
        {
            return text;
        }

        if (e.Year != s.Year)
        {
            return $"{text}, {Year(s)}{Dash}{MonthDay(e)}, {Year(e)}";
        }

        return text + Dash + (e.Month == s.Month && e.Day is not null ? Day(e) : MonthDay(e));
    }

    /// <summary>The year, or "n.d.".</summary>
    public static string YearOrNoDate(TalkDate? date) => date is { } d ? Year(d) : "n.d.";

    /// <summary>Compact: "Nov 2020", "May–Jun 2024", "Dec 2023–Jan 2024", "2020"; null without a date.</summary>
    public static string? Compact(TalkDate? start, TalkDate? end)
    {
        if (start is not { } s)
        {
            return null;
        }

        if (s.Month is not { } m)
        {
            return Year(s);
        }

        var text = MonthAbbreviations[m - 1];
        if (RealEnd(s, end) is { Month: { } em } e && (e.Year != s.Year || em != m))
        {
            return e.Year != s.Year
                ? $"{text} {Year(s)}{Dash}{MonthAbbreviations[em - 1]} {Year(e)}"
                : $"{text}{Dash}{MonthAbbreviations[em - 1]} {Year(s)}";
        }

        return $"{text} {Year(s)}";
    }

    // An end date only counts when it is after the start and known to the month.
    private static TalkDate? RealEnd(TalkDate start, TalkDate? end) =>
        end is { Month: not null } e && e > start ? e : null;

    private static string MonthDay(TalkDate d) =>
        d.Day is { } day ? $"{MonthNames[d.Month!.Value - 1]} {day.ToString(CultureInfo.InvariantCulture)}" : MonthNames[d.Month!.Value - 1];

    private static string Day(TalkDate d) => d.Day!.Value.ToString(CultureInfo.InvariantCulture);

    private static string Year(TalkDate d) => d.Year.ToString(CultureInfo.InvariantCulture);
}
