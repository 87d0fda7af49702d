using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using TalkExport.Core.Exporting;

namespace TalkExport.Core.Files;

/// <summary>
/// A file opened for reading by the rules of SECURITY.md's table: opened without blocking (a FIFO
/// with no writer cannot hang the run), its kind taken from the open descriptor (so a file
/// swapped after the check is still caught), and read only up to a limit (a link to
/// <c>/dev/zero</c> costs at most the limit).
/// </summary>
public sealed class ReadableFile : IDisposable
{
    private readonly int _descriptor = -1;
    private readonly FileStream? _fallback;

    private ReadableFile(int descriptor, FileKind kind, long length)
    {
        _descriptor = descriptor;
        Kind = kind;
        Length = length;
    }

    private ReadableFile(FileStream fallback)
    {
        _fallback = fallback;
        Kind = FileKind.Regular;
        Length = fallback.Length;
    }

    /// <summary><see cref="FileKind.Regular"/>, or <see cref="FileKind.Stream"/> for a FIFO or device the user named.</summary>
    public FileKind Kind { get; }

    /// <summary>The size a regular file has now (it may change while read); -1 for a stream.</summary>
    public long Length { get; }

    /// <summary>
    /// Opens <paramref name="path"/> (links followed) when <paramref name="trust"/> allows its kind;
    /// otherwise null and, in <paramref name="problem"/>, why, in words for a diagnostic.
    /// </summary>
    public static ReadableFile? Open(string path, FileTrust trust, out string? problem)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!Libc.Available)
        {
            return OpenWithDotNet(path, out problem);
        }

        // Asked before opening too: opening a device can itself do something (rewind a tape).
        if (Libc.Stat(path) is { } before && Refusal(before, trust) is { } early)
        {
            problem = early;
            return null;
        }

        var descriptor = Libc.OpenForReading(path, out var errno);
        if (descriptor < 0)
        {
            problem = NotUtf8Name(path) ?? "cannot open: " + Libc.Describe(errno);
            return null;
        }

        var stat = Libc.Stat(descriptor);
        var late = stat is { } opened ? Refusal(opened, trust) : "cannot ask what kind of file this is";
        if (late is not null || stat is not { } info)
        {
            Libc.Close(descriptor);
            problem = late;
            return null;
        }

        if (info.Kind == FileKind.Stream)
        {
            // Named by the user: wait for the writer's data as `cat` would; with no writer a FIFO reads as empty.
            Libc.MakeBlocking(descriptor);
        }

        problem = null;
        return new ReadableFile(descriptor, info.Kind, info.Kind == FileKind.Regular ? info.Size : -1);
    }

    /// <summary>Reads into <paramref name="buffer"/> from the current position until it is full or the file ends; the count read.</summary>
    /// <exception cref="IOException">The read failed.</exception>
    public int Read(Span<byte> buffer)
    {
        if (_fallback is not null)
        {
            var total = 0;
            while (total < buffer.Length && _fallback.Read(buffer[total..]) is var n and > 0)
            {
                total += n;
            }

            return total;
        }

        return Libc.ReadFully(_descriptor, buffer);
    }

    /// <summary>
    /// The whole file, or null with <paramref name="problem"/> (a phrase such as "it is … bytes, more
    /// than the limit of …") when it holds more than
    /// <paramref name="maxBytes"/> (at most <paramref name="maxBytes"/> + 1 bytes are ever read).
    /// </summary>
    /// <exception cref="IOException">The read failed.</exception>
    public byte[]? ReadAll(long maxBytes, out string? problem)
    {
        if (Length > maxBytes)
        {
            problem = $"it is {Length.ToString(CultureInfo.InvariantCulture)} bytes, more than the limit of {maxBytes.ToString(CultureInfo.InvariantCulture)}";
            return null;
        }

        var buffer = new byte[Length >= 0 ? Length + 1 : Math.Min(maxBytes + 1, 64 * 1024)];
        var total = 0;
        while (true)
        {
            var n = Read(buffer.AsSpan(total));
            total += n;
            if (total < buffer.Length)
            {
                break;
            }

            if (total > maxBytes)
            {
                problem = $"it holds more than the limit of {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes";
                return null;
            }

            Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
        }

        problem = null;
        return buffer[..total];
    }

    /// <summary>The words for a file of <paramref name="length"/> bytes over <paramref name="maxBytes"/>.</summary>
    public static string TooLarge(long length, long maxBytes) =>
        $"the file is {length.ToString(CultureInfo.InvariantCulture)} bytes, more than the limit of {maxBytes.ToString(CultureInfo.InvariantCulture)}; not read";

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_fallback is not null)
        {
            _fallback.Dispose();
        }
        else if (_descriptor >= 0)
        {
            Libc.Close(_descriptor);
        }
    }

    private static string? Refusal(StatInfo stat, FileTrust trust) => stat.Kind switch
    {
        FileKind.Regular => null,
        FileKind.Directory => "a folder, not a file",
        FileKind.Stream when trust == FileTrust.User => null,
        FileKind.Stream => "not a regular file (a FIFO or device); files found in a site are read only when regular",
        _ when stat.IsBlockDevice => "a block device is never read",
        _ => "not a regular file (a socket or other special file)",
    };

    // Without libc (Windows, macOS): .NET's view, where only regular files and folders exist.
    // .NET lists a name that is not valid UTF-8 with U+FFFD in place of its bad bytes, and that
    // name opens nothing: say so, with the bytes the folder really holds (\xHH), so it can be renamed.
    private static string? NotUtf8Name(string path)
    {
        var name = Path.GetFileName(path);
        if (!name.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return null;
        }

        var raw = Libc.RawNames(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".").FirstOrDefault(b => !Utf8.IsValid(b) && Encoding.UTF8.GetString(b) == name);
        return raw is null ? null
            : $"the file name is not valid UTF-8 ({Escaped(raw)} in its folder), so it cannot be opened; rename it (e.g. convmv -f latin1 -t utf8 --notest)";
    }

    private static string Escaped(byte[] name)
    {
        var text = new StringBuilder();
        var rest = name.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out var used) == OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                used = 1;
                text.Append(CultureInfo.InvariantCulture, $"\\x{rest[0]:x2}");
            }

            rest = rest[used..];
        }

        return text.ToString();
    }

    private static ReadableFile? OpenWithDotNet(string path, out string? problem)
    {
        if (Directory.Exists(path))
        {
            problem = "a folder, not a file";
            return null;
        }

        try
        {
            problem = null;
            return new ReadableFile(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = "cannot open: " + e.Message;
            return null;
        }
    }
}
