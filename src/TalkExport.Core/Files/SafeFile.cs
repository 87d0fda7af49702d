using System.Text;

namespace TalkExport.Core.Files;

/// <summary>Whole-file reads and real paths by the rules of SECURITY.md's table ("Files read").</summary>
public static class SafeFile
{
    /// <summary>
    /// The bytes of <paramref name="path"/>, or null with <paramref name="problem"/> when the file
    /// is of a kind <paramref name="trust"/> does not allow, larger than <paramref name="maxBytes"/>,
    /// or unreadable. Never blocks on a FIFO that nobody writes.
    /// </summary>
    public static byte[]? ReadAllBytes(string path, FileTrust trust, long maxBytes, out string? problem)
    {
        using var file = ReadableFile.Open(path, trust, out problem);
        if (file is null)
        {
            return null;
        }

        try
        {
            return file.ReadAll(maxBytes, out problem);
        }
        catch (IOException e)
        {
            problem = "cannot read: " + e.Message;
            return null;
        }
    }

    /// <summary>As <see cref="ReadAllBytes"/>, decoded as UTF-8 (a BOM dropped, invalid bytes as U+FFFD).</summary>
    public static string? ReadAllText(string path, FileTrust trust, long maxBytes, out string? problem) =>
        ReadAllBytes(path, trust, maxBytes, out problem) is { } bytes ? Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF') : null;

    /// <summary>The path with every link and <c>..</c> resolved, or null when it does not exist.</summary>
    public static string? RealPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Libc.Available)
        {
            return Libc.RealPath(path);
        }

        try
        {
            var full = Path.GetFullPath(path);
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            if (!info.Exists)
            {
                return null;
            }

            return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both real, full paths).</summary>
    public static bool IsWithin(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(folder);
        return path.Equals(folder, StringComparison.Ordinal)
            || (path.StartsWith(folder, StringComparison.Ordinal)
                && (folder.EndsWith(Path.DirectorySeparatorChar) || path[folder.Length] == Path.DirectorySeparatorChar));
    }
}
