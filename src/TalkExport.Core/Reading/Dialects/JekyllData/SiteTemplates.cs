using System.Text.RegularExpressions;
using TalkExport.Core.Files;

namespace TalkExport.Core.Reading.Dialects.JekyllData;

/// <summary>
/// The Liquid of a Jekyll site's own pages and templates (<c>_layouts/</c>, <c>_includes/</c>,
/// <c>_pages/</c> and the top folder's <c>.md</c>/<c>.html</c> pages), read for two things only: the
/// data lists a page loops over (<c>{% for talk in site.data.talks %}</c>) and the lookups a template
/// makes into another data file (<c>site.data.conferences | where: "id", talk.host</c>). Regular files
/// inside the site only (links are not followed here), each within the site-file size limit.
/// </summary>
internal static partial class SiteTemplates
{
    private const int MaxFiles = 2000;

    private static readonly string[] TemplateFolders = ["_layouts", "_includes", "_pages"];

    /// <summary>The template texts of <paramref name="siteRoot"/>, in path order.</summary>
    public static IEnumerable<string> Texts(string siteRoot, ReaderLimits limits)
    {
        foreach (var path in Paths(siteRoot).Take(MaxFiles))
        {
            if (SafeFile.ReadAllText(path, FileTrust.Site, limits.MaxSiteFileBytes, out _) is { } text && text.Contains("site.data", StringComparison.Ordinal))
            {
                yield return text;
            }
        }
    }

    /// <summary>
    /// The data lists that a <c>for</c> loop of the site's templates walks, as data paths
    /// (<c>talks</c>, <c>cv.talks</c>), where the loop is over talks: the list's name or the loop's
    /// variable says "talk" (<c>{% for t in site.data.talks %}</c>, <c>{% for talk in site.data.cv.invited %}</c>).
    /// </summary>
    public static IReadOnlyList<string> LoopedTalkLists(string siteRoot, ReaderLimits limits)
    {
        var found = new List<string>();
        foreach (var text in Texts(siteRoot, limits))
        {
            foreach (Match m in ForLoop().Matches(text))
            {
                var list = DataPath(m.Groups["list"].Value);
                if ((m.Groups["var"].Value.Contains("talk", StringComparison.OrdinalIgnoreCase) || list.Contains("talk", StringComparison.OrdinalIgnoreCase)) && !found.Contains(list))
                {
                    found.Add(list);
                }
            }
        }

        return found;
    }

    /// <summary>The <c>site.data.NAME | where: "id", VAR.KEY</c> lookups of the site's templates, as (KEY, NAME) in the order written.</summary>
    public static IReadOnlyList<(string Key, string DataPath)> IdLookups(string siteRoot, ReaderLimits limits)
    {
        var found = new List<(string, string)>();
        foreach (var text in Texts(siteRoot, limits))
        {
            foreach (Match m in WhereId().Matches(text))
            {
                var lookup = (m.Groups["key"].Value, m.Groups["list"].Value);
                if (!found.Contains(lookup))
                {
                    found.Add(lookup);
                }
            }
        }

        return found;
    }

    private static IEnumerable<string> Paths(string siteRoot)
    {
        foreach (var folder in TemplateFolders)
        {
            var path = Path.Combine(siteRoot, folder);
            if (!Directory.Exists(path) || new DirectoryInfo(path).LinkTarget is not null)
            {
                continue;
            }

            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden, MaxRecursionDepth = 8, IgnoreInaccessible = true };
            foreach (var file in Directory.EnumerateFiles(path, "*", options).Order(StringComparer.Ordinal))
            {
                yield return file;
            }
        }

        var top = new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(siteRoot, "*", top).Where(f => SiteLayout.HasRecordExtension(f)).Order(StringComparer.Ordinal))
        {
            yield return file;
        }
    }

    // {% for talk in site.data.talks %}, {%- for t in site.data.cv.talks reversed -%}, site.data["talks"].
    [GeneratedRegex("""\{%-?\s*for\s+(?<var>[\w-]+)\s+in\s+site\.data(?<list>(?:\.[\w-]+|\[\s*["'][^"'\]]+["']\s*\])+)""", RegexOptions.CultureInvariant)]
    private static partial Regex ForLoop();

    // `.cv.talks` and `["cv"]["talks"]` are the same list: cv.talks.
    private static string DataPath(string written) =>
        string.Join('.', written.Split(['.', '[', ']', '"', '\'', ' '], StringSplitOptions.RemoveEmptyEntries));

    // site.data.conferences | where: "id", talk.host
    [GeneratedRegex("""site\.data\.(?<list>[\w-]+(?:\.[\w-]+)*)\s*\|\s*where:\s*["']id["']\s*,\s*[\w-]+\.(?<key>[\w-]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex WhereId();
}
