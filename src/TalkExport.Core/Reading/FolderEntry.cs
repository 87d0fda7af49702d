using System.IO.Enumeration;

namespace TalkExport.Core.Reading;

/// <summary>
/// One entry of a folder listing, taken from the directory entry itself: no FileInfo and no
/// readlink per file, which dominated discovery on folders of thousands of records.
/// </summary>
internal readonly record struct FolderEntry(string Name, string FullPath, bool IsDirectory, bool IsSymbolicLink)
{
    private static readonly EnumerationOptions AllEntries = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The entries of <paramref name="folder"/> (I/O and access errors propagate).</summary>
    public static List<FolderEntry> List(string folder) =>
    [
        .. new FileSystemEnumerable<FolderEntry>(
            folder,
            (ref FileSystemEntry e) => new FolderEntry(e.FileName.ToString(), e.ToFullPath(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
            AllEntries),
    ];

    /// <summary>The entry as a FileSystemInfo, for link resolution.</summary>
    public FileSystemInfo Info() => IsDirectory ? new DirectoryInfo(FullPath) : new FileInfo(FullPath);
}
