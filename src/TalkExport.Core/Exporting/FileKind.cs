using TalkExport.Core.Files;

namespace TalkExport.Core.Exporting;

/// <summary>What a path is on disk, as <c>stat(2)</c> says (links followed).</summary>
public enum FileKind
{
    /// <summary>Nothing there.</summary>
    Missing,

    /// <summary>A regular file: the only kind an atomic replace may touch.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A character device (<c>/dev/null</c>, a terminal) or a FIFO (<c>&lt;(…)</c>, <c>mkfifo</c>): written in place as a stream.</summary>
    Stream,

    /// <summary>A block device, socket or anything else: never written.</summary>
    Other,
}

/// <summary>
/// The kind and identity (device, inode) of a file. .NET shows neither (a device is just a
/// "file" to <c>File.Exists</c>, and a rename over it replaces the device), so on Linux this asks
/// <c>stat(2)</c>; elsewhere it falls back to what .NET knows.
/// </summary>
public static class FileIdentity
{
    /// <summary>The kind of <paramref name="path"/>, following links.</summary>
    public static FileKind KindOf(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Libc.Stat(path) is { } stat)
        {
            return stat.Kind;
        }

        return System.IO.Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>(device, inode) of <paramref name="path"/>, following links; null when it does not exist or the platform cannot say.</summary>
    public static (ulong Device, ulong Inode)? Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Libc.Stat(path) is { } stat ? (stat.Device, stat.Inode) : null;
    }

    /// <summary>
    /// True when the existing file at <paramref name="path"/> has no owner write bit (on Windows, the
    /// read-only attribute). Such a file is never replaced, even by root, who could: its owner made
    /// it read-only on purpose, and a rename in a writable folder would replace it regardless.
    /// </summary>
    public static bool IsReadOnly(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return OperatingSystem.IsWindows()
            ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            : (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;
    }
}
