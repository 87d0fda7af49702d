namespace TalkExport.Core.Reading.Sites;

/// <summary>Site URL normalisation shared by the Jekyll and Hugo config readers.</summary>
internal static class SiteUrls
{
    /// <summary>An absolute http(s) URL without a trailing slash, or null when <paramref name="url"/> is not one.</summary>
    public static string? Absolute(string? url)
    {
        url = url?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            url = "https:" + url;
        }

        return url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? url.TrimEnd('/')
            : null;
    }

    /// <summary>Jekyll's <c>url</c> + <c>baseurl</c>: "/" and "" add nothing; "/blog/" adds "/blog".</summary>
    public static string Join(string url, string? baseurl)
    {
        var path = baseurl?.Trim().Trim('/') ?? "";
        return path.Length == 0 ? url : url + "/" + path;
    }
}
