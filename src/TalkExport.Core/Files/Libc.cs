using System.Runtime.InteropServices;

namespace TalkExport.Core.Files;

/// <summary>
/// The few libc calls .NET does not expose: the file type behind a path or descriptor, an open
/// that never blocks on a FIFO, and <c>realpath(3)</c>. Linux x64 and arm64 only; elsewhere
/// <see cref="Available"/> is false and callers fall back to what .NET knows.
/// </summary>
internal static class Libc
{
    public const int ReadOnly = 0;
    public const int NonBlocking = 0x800; // O_NONBLOCK, the same on x64 and arm64
    public const int CloseOnExec = 0x80000; // O_CLOEXEC, the same on x64 and arm64
    private const int GetFlags = 3; // F_GETFL
    private const int SetFlags = 4; // F_SETFL
    private const int Interrupted = 4; // EINTR
    private const int StatBufferSize = 256; // struct stat is 144 (x64) / 128 (arm64) bytes

    // st_dev and st_ino lead struct stat on both 64-bit Linux ABIs and st_size sits at 48;
    // st_mode follows st_nlink (8 bytes) on x64 and precedes it on arm64.
    private static readonly int ModeOffset = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => -1,
    };

    /// <summary>True where these calls work (Linux on x64 or arm64).</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && ModeOffset >= 0;

    /// <summary><c>stat(2)</c>, links followed; null when the path does not exist or cannot be asked.</summary>
    public static StatInfo? Stat(string path) => WithStatBuffer(buffer =>
    {
        var name = Marshal.StringToCoTaskMemUTF8(path);
        try
        {
            return NativeStat(name, buffer) == 0;
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
        }
    });

    /// <summary><c>fstat(2)</c> of an open descriptor.</summary>
    public static StatInfo? Stat(int descriptor) => WithStatBuffer(buffer => NativeFstat(descriptor, buffer) == 0);

    /// <summary><c>open(2)</c> for reading, never blocking (a FIFO without a writer opens at once); -1 and the errno on failure.</summary>
    public static int OpenForReading(string path, out int errno)
    {
        var name = Marshal.StringToCoTaskMemUTF8(path);
        try
        {
            int descriptor;
            do
            {
                descriptor = NativeOpen(name, ReadOnly | NonBlocking | CloseOnExec);
                errno = descriptor < 0 ? Marshal.GetLastPInvokeError() : 0;
            }
            while (descriptor < 0 && errno == Interrupted);

            return descriptor;
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
        }
    }

    /// <summary>Makes reads on <paramref name="descriptor"/> wait for data again (a FIFO or device the user named).</summary>
    public static void MakeBlocking(int descriptor)
    {
        var flags = NativeFcntl(descriptor, GetFlags, 0);
        if (flags >= 0)
        {
            _ = NativeFcntl(descriptor, SetFlags, flags & ~NonBlocking);
        }
    }

    /// <summary>Reads into <paramref name="buffer"/> until it is full or the file ends; the count read.</summary>
    /// <exception cref="IOException">The read failed.</exception>
    public static int ReadFully(int descriptor, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = NativeRead(descriptor, ref MemoryMarshal.GetReference(buffer[total..]), buffer.Length - total);
            if (n < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno == Interrupted)
                {
                    continue;
                }

                throw new IOException(Marshal.GetPInvokeErrorMessage(errno));
            }

            if (n == 0)
            {
                break;
            }

            total += (int)n;
        }

        return total;
    }

    /// <summary>Closes <paramref name="descriptor"/>.</summary>
    public static void Close(int descriptor) => _ = NativeClose(descriptor);

    /// <summary><c>realpath(3)</c>: every link and <c>..</c> resolved; null when the path does not exist.</summary>
    public static string? RealPath(string path)
    {
        var name = Marshal.StringToCoTaskMemUTF8(path);
        try
        {
            var resolved = NativeRealPath(name, 0);
            if (resolved == 0)
            {
                return null;
            }

            try
            {
                return Marshal.PtrToStringUTF8(resolved);
            }
            finally
            {
                NativeFree(resolved);
            }
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
        }
    }

    /// <summary>
    /// The names in <paramref name="folder"/> as the file system stores them (bytes, not UTF-8 text):
    /// .NET decodes a name that is not valid UTF-8 with U+FFFD and then cannot open it. Empty when
    /// the folder cannot be listed.
    /// </summary>
    public static List<byte[]> RawNames(string folder)
    {
        var names = new List<byte[]>();
        var path = Marshal.StringToCoTaskMemUTF8(folder);
        try
        {
            var dir = NativeOpenDir(path);
            if (dir == 0)
            {
                return names;
            }

            try
            {
                nint entry;
                while ((entry = NativeReadDir(dir)) != 0)
                {
                    // struct dirent on 64-bit Linux: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
                    var name = entry + 19;
                    var length = 0;
                    while (Marshal.ReadByte(name, length) != 0)
                    {
                        length++;
                    }

                    var bytes = new byte[length];
                    Marshal.Copy(name, bytes, 0, length);
                    names.Add(bytes);
                }
            }
            finally
            {
                _ = NativeCloseDir(dir);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to ask: the names stay unknown.
        }
        finally
        {
            Marshal.FreeCoTaskMem(path);
        }

        return names;
    }

    /// <summary>
    /// <c>renameat2(RENAME_EXCHANGE)</c>: swaps the files at <paramref name="a"/> and <paramref name="b"/> in
    /// one step, so neither path is ever missing and what was at <paramref name="b"/> can be looked at
    /// (and swapped back) afterwards. False when the kernel or file system cannot (then rename instead).
    /// </summary>
    public static bool Exchange(string a, string b)
    {
        if (!Available)
        {
            return false;
        }

        var first = Marshal.StringToCoTaskMemUTF8(a);
        var second = Marshal.StringToCoTaskMemUTF8(b);
        try
        {
            return NativeRenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // a C library without renameat2 (glibc before 2.28)
        }
        finally
        {
            Marshal.FreeCoTaskMem(first);
            Marshal.FreeCoTaskMem(second);
        }
    }

    /// <summary>The C library's text for <paramref name="errno"/>.</summary>
    public static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    private static StatInfo? WithStatBuffer(Func<nint, bool> call)
    {
        if (!Available)
        {
            return null;
        }

        var buffer = Marshal.AllocHGlobal(StatBufferSize);
        try
        {
            if (!call(buffer))
            {
                return null;
            }

            // st_mtim is at 88 (seconds) and 96 (nanoseconds) on x86_64 and on arm64 alike.
            return new StatInfo(
                (ulong)Marshal.ReadInt64(buffer, 0),
                (ulong)Marshal.ReadInt64(buffer, 8),
                (uint)Marshal.ReadInt32(buffer, ModeOffset),
                Marshal.ReadInt64(buffer, 48),
                (Marshal.ReadInt64(buffer, 88) * 1_000_000_000) + Marshal.ReadInt64(buffer, 96));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        finally
        {
            Marshal.FreeHGlobal(buffer);
        }
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int NativeStat(nint path, nint buffer);

    [DllImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static extern int NativeFstat(int descriptor, nint buffer);

    // open(2) and fcntl(2) are variadic; passing the optional argument as a plain int (or not at
    // all) is what the 64-bit Linux calling conventions allow for integer arguments.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int NativeOpen(nint path, int flags);

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int NativeFcntl(int descriptor, int command, int argument);

    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    private static extern nint NativeRead(int descriptor, ref byte buffer, nint count);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int NativeClose(int descriptor);

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern nint NativeRealPath(nint path, nint resolved);

    [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static extern nint NativeOpenDir(nint path);

    [DllImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static extern nint NativeReadDir(nint dir);

    [DllImport("libc", EntryPoint = "closedir", SetLastError = true)]
    private static extern int NativeCloseDir(nint dir);

    private const int AtCurrentDirectory = -100;

    private const uint RenameExchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int NativeRenameAt2(int fromDirectory, nint from, int toDirectory, nint to, uint flags);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void NativeFree(nint pointer);
}
