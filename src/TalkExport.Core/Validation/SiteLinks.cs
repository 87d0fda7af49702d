using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Validation;

/// <summary>Maps a talk's link to a file in its site folder, when the link points into the site.</summary>
public static class SiteLinks
{
    /// <summary>True for a link with a scheme (<c>https:</c>, <c>mailto:</c>) or a protocol-relative <c>//host</c>.</summary>
    public static bool IsAbsolute(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(url, UriKind.Absolute, out var u) && !u.IsFile && u.Scheme.Length > 1;
    }

    /// <summary>
    /// The file a link names inside the site folder (a relative link, or one under the site URL), or
    /// null when the link points elsewhere or the site folder is unknown.
    /// </summary>
    public static SiteFile? FindSiteFile(string url, Talk talk, SiteInfo site)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(talk);
        ArgumentNullException.ThrowIfNull(site);
        string local;
        if (!IsAbsolute(url))
        {
            local = url;
        }
        else if (site.BaseUrl is { Length: > 0 } baseUrl && url.StartsWith(baseUrl.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
        {
            local = url[baseUrl.TrimEnd('/').Length..];
        }
        else
        {
            return null;
        }

        var cut = local.IndexOfAny(['?', '#']);
        local = Uri.UnescapeDataString(cut >= 0 ? local[..cut] : local);
        if (local.Length == 0 || local.EndsWith('/'))
        {
            return null;
        }

        var root = site.RootPath;
        var recordFolder = talk.Source.FullPath is { } full ? Path.GetDirectoryName(full) : null;
        if (root is null && recordFolder is null)
        {
            return null;
        }

        var relative = local.TrimStart('/');
        var candidates = new List<string>();
        if (root is not null)
        {
            candidates.Add(Path.GetFullPath(Path.Combine(root, relative)));
        }

        if (!local.StartsWith('/') && recordFolder is not null)
        {
            // Hugo page bundles link files beside the record.
            candidates.Add(Path.GetFullPath(Path.Combine(recordFolder, relative)));
        }

        if (root is not null)
        {
            // Hugo serves static/ at the site root ("/files/x.pdf" is static/files/x.pdf).
            candidates.Add(Path.GetFullPath(Path.Combine(root, "static", relative)));
        }

        if (recordFolder is not null && talk.Links.Page is { } page && page.EndsWith('/') && url.StartsWith(page, StringComparison.Ordinal) && url.Length > page.Length)
        {
            // A bundle file under the page's own URL (https://site/talk/x/slides.pdf) is beside index.md.
            candidates.Add(Path.GetFullPath(Path.Combine(recordFolder, Uri.UnescapeDataString(url[page.Length..]))));
        }

        // A site-root link ("/slides/x.pdf") of a record whose site root is unknown names no file we can find.
        if (candidates.Count == 0)
        {
            return null;
        }

        var exists = candidates.Any(File.Exists);
        return new SiteFile(candidates[0], relative, exists);
    }
}
