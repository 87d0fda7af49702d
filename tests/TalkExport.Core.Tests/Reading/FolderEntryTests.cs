using System.IO.Enumeration;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// FolderEntry.List finds links without a stat per entry; it must report every entry with the same
/// flags as a listing that asks each entry for its attributes (the reference kept here).
/// </summary>
public sealed class FolderEntryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void List_FilesFoldersAndLinks_SameEntriesAsAttributeListing()
    {
        var folder = _temp.Combine("talks");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        Directory.CreateDirectory(_temp.Combine("elsewhere"));
        for (var i = 0; i < 50; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"2020-01-{i % 28 + 1:D2}-talk-{i}.md"), "---\ntitle: T\n---\n");
        }

        File.WriteAllText(_temp.Combine("elsewhere", "target.md"), "---\ntitle: T\n---\n");
        File.CreateSymbolicLink(Path.Combine(folder, "file-link.md"), _temp.Combine("elsewhere", "target.md"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "folder-link"), _temp.Combine("elsewhere"));
        File.CreateSymbolicLink(Path.Combine(folder, "broken-link.md"), _temp.Combine("missing.md"));

        var actual = FolderEntry.List(folder).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var expected = Reference(folder).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
        Assert.Equal(54, actual.Count);
        Assert.Equal(3, actual.Count(e => e.IsSymbolicLink));
        Assert.Contains(actual, e => e is { Name: "folder-link", IsDirectory: true, IsSymbolicLink: true });
        Assert.Contains(actual, e => e is { Name: "sub", IsDirectory: true, IsSymbolicLink: false });
    }

    public void Dispose() => _temp.Dispose();

    // The listing as it was: the entry's attributes say whether it is a link.
    private static List<FolderEntry> Reference(string folder) =>
    [
        .. new FileSystemEnumerable<FolderEntry>(
            folder,
            (ref FileSystemEntry e) => new FolderEntry(e.FileName.ToString(), e.ToFullPath(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { AttributesToSkip = 0 }),
    ];
}
