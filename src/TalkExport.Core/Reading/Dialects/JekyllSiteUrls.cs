namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// The site addresses Jekyll's Liquid gives one record: <c>site.url</c> and <c>site.baseurl</c> (from the
/// site URL), and the URL of another file of the site for <c>{% link %}</c> and <c>{% post_url %}</c>,
/// computed from its path with the site's permalink rules. The target's own front matter
/// (<c>permalink</c>, <c>categories</c>, <c>slug</c>) is not read: that would mean reading a second record.
/// </summary>
internal sealed class JekyllSiteUrls
{
    private static readonly string[] PageExtensions = [".md", ".markdown", ".html", ".htm"];

    private readonly SiteConfig _site;
    private readonly string _recordPath;

    public JekyllSiteUrls(SiteConfig site, string recordFullPath)
    {
        _site = site;
        _recordPath = recordFullPath.Replace('\\', '/');
        if (site.BaseUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            Origin = uri.GetLeftPart(UriPartial.Authority);
            BasePath = uri.AbsolutePath.TrimEnd('/');
        }
    }

    /// <summary><c>site.url</c>: the scheme and host of the site URL; empty when it is unknown.</summary>
    public string Origin { get; } = "";

    /// <summary><c>site.baseurl</c>: the site URL's path without a trailing slash ("" or "/blog").</summary>
    public string BasePath { get; } = "";

    /// <summary>Jekyll's <c>relative_url</c>: the base path in front of a site path; a URL with a scheme stays.</summary>
    public string RelativeUrl(string path) =>
        path.Contains("://", StringComparison.Ordinal) ? path : BasePath + "/" + path.TrimStart('/');

    /// <summary>The URL path (without base path) of the site file at <paramref name="sitePath"/>, or null when it cannot name one.</summary>
    public string? Link(string sitePath)
    {
        var path = sitePath.Trim().Replace('\\', '/').TrimStart('/');
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || Array.Exists(segments, s => s is "." or ".."))
        {
            return null;
        }

        var fileName = segments[^1];
        var extension = Path.GetExtension(fileName);
        var withoutExtension = string.Join('/', segments)[..^extension.Length];
        var postsAt = Array.LastIndexOf(segments, "_posts");
        if (postsAt >= 0)
        {
            return PostPath(segments, postsAt);
        }

        if (!Array.Exists(PageExtensions, e => e.Equals(extension, StringComparison.OrdinalIgnoreCase)))
        {
            return "/" + path; // a static file keeps its path
        }

        if (segments.Length > 1 && segments[0].StartsWith('_'))
        {
            var collection = segments[0][1..];
            var pattern = _site.CollectionPermalinks.GetValueOrDefault(collection) ?? JekyllPermalinks.CollectionDefault(_site.Permalink);
            return JekyllPermalinks.Expand(pattern, new JekyllPermalinks.Values
            {
                Collection = collection,
                Path = withoutExtension[(segments[0].Length + 1)..],
                Title = Path.GetFileNameWithoutExtension(fileName),
            });
        }

        return JekyllPermalinks.PagePath(withoutExtension, _site.Permalink);
    }

    /// <summary>
    /// The URL path of the post <paramref name="name"/> names (<c>2020-01-10-title</c>, or with a
    /// sub-folder of <c>_posts</c>): looked for in the record's own <c>_posts</c> folder, then the
    /// site's <c>_posts</c>; null when neither holds it (Jekyll stops the build then).
    /// </summary>
    public string? PostUrl(string name)
    {
        var relative = name.Trim().Replace('\\', '/').TrimStart('/');
        if (relative.Length == 0 || relative.Split('/').Any(s => s is "." or ".." or "") || _site.RootPath is not { } root)
        {
            return null;
        }

        var siteRoot = root.Replace('\\', '/').TrimEnd('/') + "/";
        var postsAt = _recordPath.LastIndexOf("/_posts/", StringComparison.Ordinal);
        var ownFolder = postsAt >= 0 && _recordPath.StartsWith(siteRoot, StringComparison.Ordinal) ? _recordPath[siteRoot.Length..(postsAt + 1)] : null;
        foreach (var folder in ownFolder is null ? ["_posts/"] : new[] { ownFolder + "_posts/", "_posts/" })
        {
            foreach (var extension in PageExtensions)
            {
                var sitePath = folder + relative + extension;
                if (File.Exists(siteRoot + sitePath))
                {
                    return Link(sitePath);
                }
            }
        }

        return null;
    }

    private string? PostPath(string[] segments, int postsAt)
    {
        var fileName = segments[^1];
        if (PostFileName.Date(fileName, out var date, out var dateLength) != DateText.Result.Ok)
        {
            return null; // Jekyll reads no post from such a file
        }

        var inPosts = string.Join('/', segments[(postsAt + 1)..]);
        return JekyllPermalinks.Expand(_site.Permalink ?? JekyllPermalinks.PostDefault, new JekyllPermalinks.Values
        {
            Categories = segments[..postsAt],
            Title = Path.GetFileNameWithoutExtension(fileName)[(dateLength + 1)..],
            Path = inPosts[..^Path.GetExtension(fileName).Length],
            Date = date,
        });
    }
}
