using System.Globalization;
using System.Text;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>Hugo page paths: <c>/section/name/</c> by default, or the site's <c>permalinks</c> pattern for the section.</summary>
internal static class HugoPermalinks
{
    /// <summary>The page path of a page in <paramref name="section"/> named <paramref name="name"/> (bundle folder or file name).</summary>
    public static string Expand(string? pattern, string section, string name, string? slug, string title, TalkDate? date)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "/" + Urlize(section) + "/" + Urlize(slug ?? name) + "/";
        }

        return PermalinkPattern.Expand(pattern, key => key switch
        {
            "slug" => Urlize(slug ?? title),
            "title" => Urlize(title),
            "filename" or "contentbasename" => Urlize(name),
            "section" or "sections" => Urlize(section),
            "year" => date is { } y ? y.Year.ToString("D4", CultureInfo.InvariantCulture) : "",
            "month" => date?.Month is { } m ? m.ToString("D2", CultureInfo.InvariantCulture) : "",
            "day" => date?.Day is { } d ? d.ToString("D2", CultureInfo.InvariantCulture) : "",
            _ => null,
        });
    }

    /// <summary>
    /// Hugo's <c>urlize</c> as far as talk titles need it: lowercase (Hugo lowercases paths by
    /// default), spaces to '-', characters other than letters, digits, '-', '_' and '.' dropped.
    /// </summary>
    public static string Urlize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_' or '.')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c))
            {
                sb.Append('-');
            }
        }

        return sb.ToString();
    }
}
