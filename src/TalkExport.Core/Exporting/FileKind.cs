using System.Runtime.InteropServices;

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
    private const int StatBufferSize = 256; // struct stat is 144 (x64) / 128 (arm64) bytes

    /// <summary>The kind of <paramref name="path"/>, following links.</summary>
    public static FileKind KindOf(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Stat(path) is { } stat)
        {
            return (stat.Mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x2000 or 0x1000 => FileKind.Stream,
                _ => FileKind.Other,
            };
        }

        return System.IO.Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>(device, inode) of <paramref name="path"/>, following links; null when it does not exist or the platform cannot say.</summary>
    public static (ulong Device, ulong Inode)? Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Stat(path) is { } stat ? (stat.Device, stat.Inode) : null;
    }

    private static (ulong Device, ulong Inode, uint Mode)? Stat(string path)
    {
        // st_dev and st_ino lead struct stat on both 64-bit Linux ABIs; st_mode sits after
        // st_nlink (8 bytes) on x64 and before it on arm64.
        var modeOffset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (!OperatingSystem.IsLinux() || modeOffset < 0)
        {
            return null;
        }

        var name = Marshal.StringToCoTaskMemUTF8(path);
        var buffer = Marshal.AllocHGlobal(StatBufferSize);
        try
        {
            if (NativeStat(name, buffer) != 0)
            {
                return null;
            }

            return ((ulong)Marshal.ReadInt64(buffer, 0), (ulong)Marshal.ReadInt64(buffer, 8), (uint)Marshal.ReadInt32(buffer, modeOffset));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        finally
        {
            Marshal.FreeHGlobal(buffer);
            Marshal.FreeCoTaskMem(name);
        }
    }

    [DllImport("libc", EntryPoint = "stat")]
    private static extern int NativeStat(nint path, nint buffer);
}
