using System.Runtime.InteropServices;

namespace TalkExport.Core.Editing;

/// <summary>fsync of a folder, so that a rename inside it survives a power cut (POSIX; .NET cannot open a folder as a stream). Best effort.</summary>
internal static class DirectorySync
{
    private const int ReadOnlyDirectory = 0x10000; // O_RDONLY | O_DIRECTORY on Linux

    /// <summary>Flushes <paramref name="directory"/>'s entries to disk where the platform allows; returns whether it did.</summary>
    public static bool TryFlush(string directory)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var path = Marshal.StringToCoTaskMemUTF8(directory);
        try
        {
            var fd = Open(path, ReadOnlyDirectory);
            if (fd < 0)
            {
                return false;
            }

            var ok = Fsync(fd) == 0;
            _ = Close(fd);
            return ok;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc under that name (e.g. musl without the alias): the rename stays atomic, just not flushed.
            return false;
        }
        finally
        {
            Marshal.FreeCoTaskMem(path);
        }
    }

    [DllImport("libc", EntryPoint = "open")]
    private static extern int Open(nint path, int flags);

    [DllImport("libc", EntryPoint = "fsync")]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
