using System.IO.Enumeration;

namespace TalkExport.Core.Reading;

/// <summary>
/// One entry of a folder listing, taken from the directory entry itself: no FileInfo and no
/// readlink per file, which dominated discovery on folders of thousands of records.
/// </summary>
internal readonly record struct FolderEntry(string Name, string FullPath, bool IsDirectory, bool IsSymbolicLink)
{
    // On Unix, asking a FileSystemEntry for its Attributes costs a stat per entry; skipping
    // reparse points is decided from the directory entry's type alone. So one listing without
    // links gives the plain entries for free, and a names-only listing gives the links by difference.
    private static readonly EnumerationOptions WithoutLinks = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.ReparsePoint,
        ReturnSpecialDirectories = false,
    };

    private static readonly EnumerationOptions AllEntries = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The entries of <paramref name="folder"/>: plain entries, then symbolic links (I/O and access errors propagate).</summary>
    public static List<FolderEntry> List(string folder)
    {
        List<FolderEntry> entries =
        [
            .. new FileSystemEnumerable<FolderEntry>(
                folder,
                (ref FileSystemEntry e) => new FolderEntry(e.FileName.ToString(), e.ToFullPath(), e.IsDirectory, false),
                WithoutLinks),
        ];
        var plain = new HashSet<string>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            plain.Add(entry.Name);
        }

        var names = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.FileName.ToString(), AllEntries);
        foreach (var name in names)
        {
            if (!plain.Contains(name))
            {
                // A link (or an entry created since the first listing): a directory when it leads to one.
                var full = Path.Join(folder, name);
                entries.Add(new FolderEntry(name, full, Directory.Exists(full), true));
            }
        }

        return entries;
    }
}
