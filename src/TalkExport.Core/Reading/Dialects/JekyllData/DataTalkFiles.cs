using TalkExport.Core.Files;

namespace TalkExport.Core.Reading.Dialects.JekyllData;

/// <summary>
/// Which of a Jekyll site's data files hold its talks. The site's own templates decide first: a list a
/// page, layout or include loops over as talks (<see cref="SiteTemplates.LoopedTalkLists"/>) is read,
/// whatever else the site has. Where no template says so (a corpus snapshot often keeps the data file
/// only), a site without talk records has its talks in <c>_data/*talk*.{yml,yaml,json}</c>, read whole.
/// </summary>
internal static class DataTalkFiles
{
    private static readonly string[] Extensions = [".yml", ".yaml", ".json"];

    /// <summary>One data file to read: its full path, its path below the site root, and the list inside it ("" for the whole file).</summary>
    public readonly record struct DataFile(string FullPath, string SiteRelativePath, string List);

    /// <summary>Where this rule looks, for the message that a site has no talks.</summary>
    public const string WhereLooked = "_data/*talk*.{yml,yaml,json}, site.data lists the site's templates loop over";

    /// <summary>The talk data files of <paramref name="siteRoot"/>, in path order.</summary>
    public static IReadOnlyList<DataFile> Find(string siteRoot, bool hasRecords, ReaderOptions options)
    {
        var data = Path.Combine(siteRoot, "_data");
        if (!Directory.Exists(data) || !(options.FollowSymlinks || new DirectoryInfo(data).LinkTarget is null || IsInside(data, siteRoot)))
        {
            return [];
        }

        var found = new List<DataFile>();
        foreach (var list in SiteTemplates.LoopedTalkLists(siteRoot, options.Limits))
        {
            if (Resolve(siteRoot, list.Split('.'), options) is { } file && !found.Exists(f => f.FullPath == file.FullPath))
            {
                found.Add(file);
            }
        }

        if (found.Count == 0 && !hasRecords)
        {
            foreach (var entry in Entries(data).Where(e => !e.IsDirectory && e.Name.Contains("talk", StringComparison.OrdinalIgnoreCase) && HasDataExtension(e.Name)))
            {
                if (Readable(siteRoot, entry, options))
                {
                    found.Add(new DataFile(entry.FullPath, "_data/" + entry.Name, ""));
                }
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.SiteRelativePath, b.SiteRelativePath));
        return found;
    }

    /// <summary>True for a data file's extension that is read (<c>.yml</c>, <c>.yaml</c>, <c>.json</c>).</summary>
    public static bool HasDataExtension(string name) => Extensions.Contains(Path.GetExtension(name).ToLowerInvariant());

    // site.data.cv.talks is _data/cv.yml's `talks`, or _data/cv/talks.yml whole (Jekyll reads _data's folders as nested data).
    private static DataFile? Resolve(string siteRoot, string[] segments, ReaderOptions options)
    {
        var folder = Path.Combine(siteRoot, "_data");
        for (var i = 0; i < segments.Length; i++)
        {
            var entries = Entries(folder);
            foreach (var entry in entries.Where(e => !e.IsDirectory && Path.GetFileNameWithoutExtension(e.Name) == segments[i] && HasDataExtension(e.Name)).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (Readable(siteRoot, entry, options))
                {
                    var relative = Path.GetRelativePath(siteRoot, entry.FullPath).Replace('\\', '/');
                    return new DataFile(entry.FullPath, relative, string.Join('.', segments[(i + 1)..]));
                }
            }

            if (!entries.Exists(e => e.IsDirectory && !e.IsSymbolicLink && e.Name == segments[i]))
            {
                return null;
            }

            folder = Path.Combine(folder, segments[i]);
        }

        return null;
    }

    private static List<FolderEntry> Entries(string folder)
    {
        try
        {
            return FolderEntry.List(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    // A link is read only while it stays inside the site (or links may be followed); reading refuses a FIFO or device.
    private static bool Readable(string siteRoot, FolderEntry entry, ReaderOptions options) =>
        !entry.IsSymbolicLink || options.FollowSymlinks || IsInside(entry.FullPath, siteRoot);

    private static bool IsInside(string path, string siteRoot) =>
        SafeFile.RealPath(path) is { } real && SafeFile.IsWithin(real, SafeFile.RealPath(siteRoot) ?? siteRoot);
}
