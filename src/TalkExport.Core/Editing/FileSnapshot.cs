using TalkExport.Core.Files;

namespace TalkExport.Core.Editing;

/// <summary>A record file's bytes as read, with what proves later that it has not changed since (length, modification time, content).</summary>
public sealed class FileSnapshot
{
    private FileSnapshot(string fullPath, byte[] bytes, DateTime lastWriteTimeUtc)
    {
        FullPath = fullPath;
        Bytes = bytes;
        LastWriteTimeUtc = lastWriteTimeUtc;
    }

    /// <summary>The file's absolute path.</summary>
    public string FullPath { get; }

    /// <summary>The bytes read.</summary>
    public IReadOnlyList<byte> Bytes { get; }

    /// <summary>The modification time taken before the bytes were read, so a write during the read counts as a change.</summary>
    public DateTime LastWriteTimeUtc { get; }

    /// <summary>Reads <paramref name="fullPath"/> now.</summary>
    public static FileSnapshot Take(string fullPath)
    {
        var mtime = File.GetLastWriteTimeUtc(fullPath);
        return new FileSnapshot(fullPath, ReadRecord(fullPath), mtime);
    }

    /// <summary>True when the file still has the same length, modification time and bytes.</summary>
    public bool IsUnchanged()
    {
        var info = new FileInfo(FullPath);
        if (!info.Exists || info.Length != Bytes.Count || info.LastWriteTimeUtc != LastWriteTimeUtc)
        {
            return false;
        }

        return ReadRecord(FullPath).AsSpan().SequenceEqual((byte[])Bytes);
    }

    // As the reader reads records: regular files only (one swapped for a FIFO since must not hang
    // the edit), within the record size limit.
    private static byte[] ReadRecord(string path) =>
        SafeFile.ReadAllBytes(path, FileTrust.Site, Reading.ReaderLimits.Default.MaxFileBytes, out var problem)
            ?? throw new IOException(problem);
}
