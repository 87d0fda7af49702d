using System.Text;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>Makes links absolute against the site URL (or the page URL, for files in a Hugo page bundle).</summary>
internal static class LinkResolver
{
    private static readonly string[] VideoHosts = ["youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com"];

    // Extensions that make a link a file (slides, a handout) rather than a page.
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".ppt", ".pptx", ".key", ".odp", ".pps", ".ppsx", ".zip", ".html5",
    };

    /// <summary>
    /// <paramref name="link"/> made absolute: kept when it has a scheme; <c>//host</c> and <c>www.</c> get
    /// https; <c>/path</c> joins the site URL; a bare relative path joins the page URL when
    /// <paramref name="bundleRelative"/> (Hugo bundles), else the site URL. Without the URL it
    /// needs, the link stays as written. Blank gives null.
    /// </summary>
    public static string? Resolve(string? link, string? siteUrl, string? pageUrl = null, bool bundleRelative = false)
    {
        var s = link?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return null;
        }

        if (LinkPolicy.SchemeOf(s) is not null)
        {
            return s;
        }

        if (s.StartsWith("//", StringComparison.Ordinal))
        {
            return "https:" + s;
        }

        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return "https://" + s;
        }

        if (s[0] == '/')
        {
            return siteUrl is null ? s : siteUrl + s;
        }

        if (s[0] == '#')
        {
            return pageUrl is null ? s : pageUrl + s;
        }

        if (bundleRelative && pageUrl is not null && pageUrl.StartsWith("http", StringComparison.Ordinal))
        {
            return (pageUrl.EndsWith('/') ? pageUrl : pageUrl + "/") + TrimDotSlash(s);
        }

        return siteUrl is null ? s : siteUrl + "/" + TrimDotSlash(s);
    }

    /// <summary>True for a YouTube or Vimeo URL.</summary>
    public static bool IsVideo(string? url)
    {
        if (url is null || CannotNameVideoHost(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        var host = uri.Host;
        foreach (var video in VideoHosts)
        {
            if (host.Equals(video, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + video, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Most links name no video host, and parsing them as a Uri is the expensive part of this check.
    // In an ASCII URL without '%' the host is a piece of the text (Uri only lower-cases it), so when
    // the text does not contain "youtu" or "vimeo" in any case, no host can be a video host.
    // Non-ASCII (IDN mapping) or '%' (escapes) could spell a host differently: those go to Uri.
    private static bool CannotNameVideoHost(string url) =>
        Ascii.IsValid(url)
        && !url.Contains('%', StringComparison.Ordinal)
        && !KindRules.ContainsAscii(url, "youtu")
        && !KindRules.ContainsAscii(url, "vimeo");

    /// <summary>True when the link's path ends in a file extension such as .pdf or .pptx.</summary>
    public static bool IsFile(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var path = url.Trim();
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path[..cut];
        }

        return FileExtensions.Contains(Path.GetExtension(path));
    }

    private static string TrimDotSlash(string s) => s.StartsWith("./", StringComparison.Ordinal) ? s[2..] : s;
}
