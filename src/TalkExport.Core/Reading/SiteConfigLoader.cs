using TalkExport.Core.Model;
using TalkExport.Core.Reading.Sites;

namespace TalkExport.Core.Reading;

/// <summary>Finds a record's site root and reads the site's configuration.</summary>
public static class SiteConfigLoader
{
    /// <summary>The nearest folder at or above <paramref name="path"/> that is a site root (Jekyll <c>_config.yml</c>, a Hugo config), or null.</summary>
    public static string? FindSiteRoot(string path)
    {
        var full = Path.GetFullPath(path);
        var dir = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full).Directory;
        for (; dir is not null; dir = dir.Parent)
        {
            if (IsSiteRoot(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>Reads the site at <paramref name="siteRoot"/>; options' BaseUrl/Owner override what the site says.</summary>
    public static SiteConfig Load(string siteRoot, ReaderOptions options, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = Path.GetFullPath(siteRoot);
        var files = new SiteFiles(root, options.Limits, options.FollowSymlinks, diagnostics);
        var site = JekyllSiteReader.ConfigNames.Any(n => File.Exists(Path.Combine(root, n)))
            ? JekyllSiteReader.Read(files)
            : HugoSiteReader.IsHugoRoot(root)
                ? HugoSiteReader.Read(files)
                : new SiteConfig { RootPath = root };
        return ApplyOverrides(OwnerName.Settle(site, options, diagnostics), options);
    }

    /// <summary>The options' BaseUrl/Owner applied to <paramref name="site"/> (also for records outside any site).</summary>
    public static SiteConfig ApplyOverrides(SiteConfig site, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(options);
        return site with
        {
            BaseUrl = SiteUrls.Absolute(options.BaseUrl) ?? site.BaseUrl,
            Owner = OwnerName.Clean(options.Owner) ?? site.Owner,
        };
    }

    private static bool IsSiteRoot(string folder) =>
        JekyllSiteReader.ConfigNames.Any(n => File.Exists(Path.Combine(folder, n))) || HugoSiteReader.IsHugoRoot(folder);
}
