using System.Globalization;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.CvData;

/// <summary>Dates as a CV line shows them: "5 Nov 2020", "3–5 Jun 2019", "Mar 2018", "2021".</summary>
public static class CvDateText
{
    private const string Dash = "\u2013";

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The date or range in words, or null without a date. A day-first form reads the same in British and American CVs.</summary>
    public static string? Of(TalkDate? start, TalkDate? end)
    {
        if (start is not { } s)
        {
            return null;
        }

        if (End(s, end) is not { } e)
        {
            return Single(s);
        }

        if (e.Year == s.Year && (s.Month is null || (s.Day is null && e.Month == s.Month)))
        {
            // Nothing finer is known about the start: the range says no more than the start.
            return Single(s);
        }

        if (e.Year != s.Year)
        {
            return Single(s) + Dash + Single(e);
        }

        if (e.Month != s.Month || s.Day is null || e.Day is null)
        {
            // "30 May–2 Jun 2024", "May–Jun 2024".
            return Without(s, year: false) + Dash + Single(e);
        }

        return $"{Number(s.Day.Value)}{Dash}{Number(e.Day.Value)} {Months[s.Month!.Value - 1]} {Number(s.Year)}";
    }

    /// <summary>The last day of a multi-day talk: only an end after the start counts.</summary>
    public static TalkDate? End(TalkDate start, TalkDate? end) => end is { } e && e > start ? e : null;

    private static string Single(TalkDate d) => Without(d, year: true);

    private static string Without(TalkDate d, bool year)
    {
        var text = d.Month is { } m ? (d.Day is { } day ? $"{Number(day)} {Months[m - 1]}" : Months[m - 1]) : "";
        return !year ? text : text.Length == 0 ? Number(d.Year) : $"{text} {Number(d.Year)}";
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
