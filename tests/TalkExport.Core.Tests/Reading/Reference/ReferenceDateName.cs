using System.Globalization;
using System.Text.RegularExpressions;

namespace TalkExport.Core.Tests.Reading.Reference;

/// <summary>RecordDiscovery's post-name check as it was before the allocation work: the regex match and IsRealDate on its groups.</summary>
internal static partial class ReferenceDateName
{
    /// <summary>Null when the name does not match; else the quoted date of the diagnostic and, when asked, whether it exists (or the exception int.Parse throws).</summary>
    public static (string Quoted, Func<bool> IsReal)? Match(string name)
    {
        var match = DateName().Match(name);
        if (!match.Success)
        {
            return null;
        }

        return ($"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}", () => IsRealDate(match));
    }

    private static bool IsRealDate(Match match)
    {
        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        // A 2-digit year as Ruby's Time.parse completes it (JekyllDateOracleTests checks it with Ruby).
        year = match.Groups[1].Length == 2 ? year + (year >= 69 ? 1900 : 2000) : year;
        var month = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    [GeneratedRegex(@"^([0-9]{2,4})-([0-9]{1,2})-([0-9]{1,2})-(.+)\.[^.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DateName();
}
