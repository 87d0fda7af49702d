using System.Globalization;
using System.Text.Json;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Csl.Importing;

/// <summary>
/// Reads a CSL date variable: <c>{"date-parts": [[y, m, d]]}</c> or a range
/// <c>[[y, m, d], [y, m, d]]</c>, else its <c>raw</c> or <c>literal</c> string when that is an
/// ISO 8601 date or interval (<c>2020-11-05/2020-11-07</c>), as tools such as Zotero write it.
/// </summary>
internal static class CslDates
{
    /// <summary>The first and last day; false with a problem when the variable is no date.</summary>
    public static bool TryRead(JsonElement value, out TalkDate? start, out TalkDate? end, out string problem)
    {
        start = null;
        end = null;
        problem = "";
        if (value.ValueKind == JsonValueKind.String)
        {
            return TryParseText(value.GetString(), ref start, ref end, out problem);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problem = "it is neither a date object nor a string";
            return false;
        }

        if (value.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array && parts.GetArrayLength() > 0)
        {
            var index = 0;
            foreach (var part in parts.EnumerateArray())
            {
                if (!TryReadParts(part, out var date, out problem))
                {
                    return false;
                }

                if (index == 0)
                {
                    start = date;
                }
                else if (index == 1 && date != start)
                {
                    end = date;
                }

                index++;
            }

            return true;
        }

        foreach (var name in (ReadOnlySpan<string>)["raw", "literal"])
        {
            if (value.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String)
            {
                return TryParseText(text.GetString(), ref start, ref end, out problem);
            }
        }

        return true;
    }

    // [y], [y, m] or [y, m, d]; numbers or numeric strings (citeproc-js accepts both). CSL 1.0.2
    // writes seasons as months 21-24 (13-16 in older data): the year is all a talk date can hold.
    private static bool TryReadParts(JsonElement part, out TalkDate? date, out string problem)
    {
        date = null;
        problem = "";
        if (part.ValueKind != JsonValueKind.Array)
        {
            problem = "date-parts holds something other than a list of numbers";
            return false;
        }

        Span<int> numbers = stackalloc int[3];
        var count = 0;
        foreach (var item in part.EnumerateArray())
        {
            if (count == 3 || !TryNumber(item, out numbers[count]))
            {
                problem = $"date-parts {part.GetRawText()} is not [year, month, day]";
                return false;
            }

            count++;
        }

        if (count == 0)
        {
            return true;
        }

        int? month = count > 1 ? numbers[1] : null;
        int? day = count > 2 ? numbers[2] : null;
        if (month is >= 13 and <= 24)
        {
            (month, day) = (null, null);
        }

        if (!TalkDate.TryCreate(numbers[0], month, day, out var made))
        {
            problem = $"date-parts {part.GetRawText()} is not a calendar date";
            return false;
        }

        date = made;
        return true;
    }

    private static bool TryNumber(JsonElement item, out int number)
    {
        number = 0;
        return item.ValueKind switch
        {
            JsonValueKind.Number => item.TryGetInt32(out number),
            JsonValueKind.String => int.TryParse(item.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
    }

    private static bool TryParseText(string? text, ref TalkDate? start, ref TalkDate? end, out string problem)
    {
        problem = "";
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return true;
        }

        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? trimmed.AsSpan() : trimmed.AsSpan(0, slash);
        var last = slash < 0 ? first : trimmed.AsSpan(slash + 1);
        if (!TalkDate.TryParseIso(first, out var from) || !TalkDate.TryParseIso(last, out var to))
        {
            problem = $"'{trimmed}' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or a range of them)";
            return false;
        }

        start = from;
        if (to != from)
        {
            end = to;
        }

        return true;
    }
}
