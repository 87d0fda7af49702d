using TalkExport.Core.Model;

namespace TalkExport.Core.Reading;

/// <summary>Finds a record's site root and reads the site's configuration.</summary>
public static class SiteConfigLoader
{
    /// <summary>The nearest folder at or above <paramref name="path"/> that is a site root (Jekyll <c>_config.yml</c>, a Hugo config), or null.</summary>
    public static string? FindSiteRoot(string path) => throw new NotImplementedException("dialects helper");

    /// <summary>Reads the site at <paramref name="siteRoot"/>; options' BaseUrl/Owner override what the site says.</summary>
    public static SiteConfig Load(string siteRoot, ReaderOptions options, ICollection<Diagnostic> diagnostics) => throw new NotImplementedException("dialects helper");
}
