using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Reading;

/// <summary>Where site generators keep talks, and what is never a talk: the folder rules of discovery.</summary>
internal static class SiteLayout
{
    private static readonly string[] JekyllConfigs = ["_config.yml", "_config.yaml", "_config.toml"];

    private static readonly string[] HugoConfigs =
        ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];

    /// <summary>Talk collections of a site root, relative, '/'-separated: every dialect's, in the dialect list's order.</summary>
    public static IReadOnlyList<string> Collections { get; } = [.. Dialect.All.SelectMany(d => d.Collections)];

    // The collections as folder names, for Classify: split once, not per folder walked.
    private static readonly string[][] CollectionSegments = [.. Collections.Select(c => c.Split('/'))];

    /// <summary>
    /// The <c>talks/_posts</c> folders below the top level of a Jekyll site (<c>docs/talks/_posts</c>):
    /// Jekyll reads <c>_posts</c> in every folder it reads, and the folders above it are the posts'
    /// categories. Walks real folders only (a link is never followed here), skipping what Jekyll skips
    /// (folders starting with '_' or '.') and tooling, at most <see cref="MaxPostsDepth"/> levels down.
    /// </summary>
    public static IEnumerable<string> NestedTalkPosts(string siteRoot)
    {
        var pending = new Stack<(string Folder, int Depth)>();
        pending.Push((siteRoot, 0));
        while (pending.TryPop(out var item))
        {
            List<FolderEntry> children;
            try
            {
                children = FolderEntry.List(item.Folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            children.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            foreach (var child in children)
            {
                if (!child.IsDirectory || child.IsSymbolicLink)
                {
                    continue;
                }

                var name = child.Name;
                if (item.Depth > 0 && name == "_posts" && Path.GetFileName(item.Folder) == "talks")
                {
                    yield return child.FullPath;
                }
                else if (item.Depth + 1 < MaxPostsDepth && !name.StartsWith('_') && !name.StartsWith('.') && !IsExcludedFolder(name, Path.GetFileName(item.Folder)) && name is not ("vendor" or "assets" or "static"))
                {
                    pending.Push((child.FullPath, item.Depth + 1));
                }
            }
        }
    }

    // Deep enough for docs/talks/_posts and a language folder above it (en/docs/talks/_posts).
    private const int MaxPostsDepth = 4;

    /// <summary>
    /// Talk lists a site keeps outside records, which TalkExport does not read: jekyll-scholar BibTeX
    /// files (<c>_bibliography/*talk*.bib</c>), site-relative. (Data files' lists are read: Dialects/JekyllData.)
    /// </summary>
    public static IReadOnlyList<string> UnreadTalkLists(string siteRoot)
    {
        var path = Path.Combine(siteRoot, "_bibliography");
        if (!Directory.Exists(path))
        {
            return [];
        }

        return [.. new DirectoryInfo(path).EnumerateFiles()
            .Where(f => f.LinkTarget is null && f.Name.Contains("talk", StringComparison.OrdinalIgnoreCase) && f.Extension.Equals(".bib", StringComparison.OrdinalIgnoreCase))
            .Select(f => "_bibliography/" + f.Name)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Where discovery looks for talks in a site root, for the message that none were found.</summary>
    public const string WhereTalksAreLooked = "_talks/, talks/_posts/ (in any folder), _posts/talks/, content/{event,events,talk,talks}/, " + Dialects.JekyllData.DataTalkFiles.WhereLooked;

    /// <summary>Folders never searched: generator internals, output, author profiles, tooling.</summary>
    public static bool IsExcludedFolder(string name, string? parentName) =>
        name is "_layouts" or "_includes" or "_site" or "_data" or "node_modules" or "resources" or "public"
        || name.StartsWith('.')
        || (name == "authors" && parentName is "content" or "data");

    /// <summary>Files that are pages, not talks (Hugo list pages, site index pages).</summary>
    public static bool IsExcludedFile(string name) =>
        name.Equals("_index.md", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("_index.", StringComparison.OrdinalIgnoreCase)
        || name.Equals("index.html", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the record extensions .md, .markdown and .html.</summary>
    public static bool HasRecordExtension(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="folder"/> holds a Jekyll config (<c>_config.yml</c>).</summary>
    public static bool IsJekyllRoot(string folder) => JekyllConfigs.Any(name => File.Exists(Path.Combine(folder, name)));

    /// <summary>True when <paramref name="folder"/> is a Jekyll or Hugo site root.</summary>
    public static bool IsSiteRoot(string folder)
    {
        foreach (var name in JekyllConfigs)
        {
            if (File.Exists(Path.Combine(folder, name)))
            {
                return true;
            }
        }

        if (!Directory.Exists(Path.Combine(folder, "content")))
        {
            return false;
        }

        foreach (var name in HugoConfigs)
        {
            if (File.Exists(Path.Combine(folder, name)))
            {
                return true;
            }
        }

        return Directory.Exists(Path.Combine(folder, "config", "_default"));
    }

    /// <summary>
    /// The kind of folder <paramref name="segments"/> (a path's folder names, outermost first) ends in:
    /// inside <c>_posts</c> (Jekyll's date-name rule applies), inside a talk collection (its folder
    /// names in a row anywhere in the path: <c>docs/talks/_posts</c> too), or neither.
    /// </summary>
    public static (bool InCollection, bool InPosts) Classify(IReadOnlyList<string> segments)
    {
        var inCollection = false;
        var inPosts = false;
        for (var i = 0; i < segments.Count; i++)
        {
            inPosts |= segments[i] == "_posts";
            foreach (var collection in CollectionSegments)
            {
                inCollection |= EndsAt(segments, i, collection);
            }
        }

        return (inCollection, inPosts);
    }

    // True when the folders up to index `last` end with `names`.
    private static bool EndsAt(IReadOnlyList<string> segments, int last, string[] names)
    {
        if (last + 1 < names.Length)
        {
            return false;
        }

        for (var j = 0; j < names.Length; j++)
        {
            if (segments[last - names.Length + 1 + j] != names[j])
            {
                return false;
            }
        }

        return true;
    }
}
