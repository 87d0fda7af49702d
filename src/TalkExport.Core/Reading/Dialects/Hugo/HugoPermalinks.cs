using System.Globalization;
using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>Hugo page paths: <c>/section/name/</c> by default, or the site's <c>permalinks</c> pattern for the section.</summary>
internal static class HugoPermalinks
{
    /// <summary>The page path of a page in <paramref name="section"/> named <paramref name="name"/> (bundle folder or file name).</summary>
    public static string Expand(string? pattern, string section, string name, string? slug, string title, TalkDate? date, HugoPaths paths)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "/" + Urlize(section, paths) + "/" + Urlize(slug ?? name, paths) + "/";
        }

        var path = PermalinkPattern.Expand(pattern, key => key switch
        {
            "slug" => Urlize(slug ?? title, paths),
            "title" => Urlize(title, paths),
            "filename" or "contentbasename" => Urlize(name, paths),
            "section" or "sections" => Urlize(section, paths),
            "year" => date is { } y ? y.Year.ToString("D4", CultureInfo.InvariantCulture) : "",
            "month" => date?.Month is { } m ? m.ToString("D2", CultureInfo.InvariantCulture) : "",
            "day" => date?.Day is { } d ? d.ToString("D2", CultureInfo.InvariantCulture) : "",
            _ => null,
        });

        // A page is published as <path>/index.html, so its URL ends in '/' even when the pattern does not.
        return path.EndsWith('/') ? path : path + "/";
    }

    /// <summary>Hugo's <c>urlize</c> with the site's path settings (<see cref="Urlize(string, HugoPaths)"/>) at their defaults.</summary>
    public static string Urlize(string text) => Urlize(text, HugoPaths.Default);

    /// <summary>
    /// Hugo's <c>urlize</c> (<c>paths.Sanitize</c>, then the site's <c>removePathAccents</c>, then
    /// lowercase unless <c>disablePathToLower</c>): letters, digits, marks and <c>. / \ _ # + ~ - @</c>
    /// are kept, any other character dropped, and a run of spaces becomes one '-' before the next
    /// kept character unless a '-' is already there ("a - b" → "a-b"), so a title never yields "---".
    /// </summary>
    public static string Urlize(string text, HugoPaths paths)
    {
        var sb = new StringBuilder(text.Length);
        var hyphenPending = false;
        var lastWasHyphen = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || IsMark(c) || c is '.' or '/' or '\\' or '_' or '#' or '~' or '-' or '@')
            {
                lastWasHyphen = c == '-';
                if (hyphenPending && !lastWasHyphen)
                {
                    sb.Append('-');
                }

                hyphenPending = false;
                if (paths.RemovePathAccents && IsMark(c))
                {
                    continue;
                }

                var kept = paths.RemovePathAccents ? WithoutAccent(c) : c;
                sb.Append(paths.DisablePathToLower ? kept : char.ToLowerInvariant(kept));
            }
            else if (sb.Length > 0 && !lastWasHyphen && char.IsWhiteSpace(c))
            {
                hyphenPending = true;
            }
        }

        return sb.ToString();
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Hugo decomposes (NFD) and drops the combining marks: é → e, Å → A; ø and ß have none and stay.
    private static char WithoutAccent(char c) => c switch
    {
        < '\u00C0' => c,
        'Å' => 'A',
        'å' => 'a',
        _ => LatinLetters.AccentBase(c) ?? c,
    };
}
