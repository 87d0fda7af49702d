using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>ISO dates as written in front matter (the calendar part is kept, a time or zone is ignored, never shifted); file-name dates are <see cref="PostFileName"/>'s.</summary>
internal static class DateText
{
    /// <summary>Outcome of reading a date.</summary>
    public enum Result
    {
        /// <summary>Not date-shaped at all.</summary>
        NotADate,

        /// <summary>Date-shaped but not a real day (2021-02-30).</summary>
        Impossible,

        /// <summary>Read.</summary>
        Ok,
    }

    /// <summary>Reads <c>YYYY-MM-DD</c>, optionally followed by a time (<c>T…</c> or a space), or <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
    public static Result TryParse(string? text, out TalkDate date)
    {
        date = default;
        var s = text.AsSpan().Trim();
        if (s.Length > 10 && (s[10] is 'T' or 't' or ' ' or '_'))
        {
            s = s[..10];
        }

        if (s.Length is not (4 or 7 or 10) || !IsShaped(s))
        {
            return Result.NotADate;
        }

        return TalkDate.TryParseIso(s, out date) ? Result.Ok : Result.Impossible;
    }

    /// <summary>
    /// Our extension, not Jekyll's: a <c>YYYY-MM-</c> file name prefix ("2019-05-talk.md") dates a talk
    /// to the month when the record has no date and no <see cref="PostFileName"/> date.
    /// </summary>
    public static Result FromYearMonthPrefix(string fileName, out TalkDate date)
    {
        date = default;
        if (fileName.Length > 8 && fileName[7] == '-' && IsShaped(fileName.AsSpan(0, 7)))
        {
            return TalkDate.TryParseIso(fileName.AsSpan(0, 7), out date) ? Result.Ok : Result.Impossible;
        }

        return Result.NotADate;
    }

    // Digits with '-' at positions 4 and 7: "2020-11-05", "2020-11", "2020".
    private static bool IsShaped(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var ok = i is 4 or 7 ? s[i] == '-' : char.IsAsciiDigit(s[i]);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
