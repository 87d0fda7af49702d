using System.Security.Cryptography;
using System.Text.RegularExpressions;
using TalkExport.Core.Files;

namespace TalkExport.Core.Editing;

/// <summary>
/// Replaces a file so that a crash or SIGKILL at any instant leaves either the original or the
/// complete new version: the new bytes go to a temporary file in the same folder
/// (<c>.&lt;name&gt;.talkexport-&lt;random&gt;.tmp</c>), are fsync'd, read back and verified; the
/// original must be unchanged since it was read; then one rename replaces it (keeping its unix
/// mode) and the folder is fsync'd. A leftover temporary file is never the only copy of anything,
/// so the next run simply removes it (<see cref="RemoveLeftovers"/>).
/// </summary>
public sealed partial class AtomicFileWriter
{
    /// <summary>The marker in temporary file names.</summary>
    public const string TempMarker = ".talkexport-";

    /// <summary>The writer with no test hooks.</summary>
    public static AtomicFileWriter Default { get; } = new();

    /// <summary>Whether each replace also fsyncs the folder (a batch does it once per folder at the end instead, see <see cref="FlushDirectory"/>).</summary>
    public bool SyncDirectory { get; init; } = true;

    /// <summary>Test hook: called with a stage name ("created", "written", "before-rename") and the temporary path; may throw or touch the original.</summary>
    internal Action<string, string>? Hook { get; init; }

    /// <summary>Writes <paramref name="content"/> over <paramref name="original"/>'s file when <paramref name="verify"/> (given the bytes read back from disk) returns null.</summary>
    public AtomicWriteResult Replace(FileSnapshot original, byte[] content, Func<byte[], string?> verify)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(verify);
        var path = original.FullPath;
        if (WriteRefusal(path) is { } refusal)
        {
            return new(AtomicWriteStatus.ReadOnly, refusal);
        }

        var temp = TempPathFor(path);
        try
        {
            WriteTemp(path, temp, content);
            Hook?.Invoke("written", temp);
            var readBack = File.ReadAllBytes(temp);
            var problem = readBack.AsSpan().SequenceEqual(content) ? verify(readBack) : "the temporary file did not read back as written";
            if (problem is not null)
            {
                Delete(temp);
                return new(AtomicWriteStatus.VerificationFailed, problem);
            }

            Hook?.Invoke("before-rename", temp);

            // Taken before the last look, so a write after that look still shows (size and modification time move).
            var verified = Libc.Stat(path);
            if (!original.IsUnchanged())
            {
                Delete(temp);
                return new(AtomicWriteStatus.ChangedMeanwhile, "the file changed after it was read; left alone (run again)");
            }

            Hook?.Invoke("checked", temp);
            switch (Swap(temp, path, verified))
            {
                case SwapOutcome.PutBack:
                    Delete(temp);
                    return new(AtomicWriteStatus.ChangedMeanwhile, "the file changed at the moment it was replaced; the other program's version was put back; left alone (run again)");
                case SwapOutcome.KeptAside:
                    return new(AtomicWriteStatus.ChangedMeanwhile, $"the file changed at the moment it was replaced and could not be put back; the other program's version is kept as {path}.changed");
            }
            if (SyncDirectory)
            {
                FlushDirectory(Path.GetDirectoryName(path)!);
            }

            return new(AtomicWriteStatus.Replaced);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Delete(temp);
            return new(AtomicWriteStatus.IoError, $"could not write the file ({e.Message.TrimEnd('.')}); the original is intact");
        }
    }

    // The new file takes the original's place. Where the kernel can exchange two names in one step
    // (Linux renameat2 RENAME_EXCHANGE), the displaced file is checked afterwards: if it is not the
    // very file that was verified, unchanged (same inode, size and modification time) — another program wrote
    // or replaced it between the check and the swap — the swap is undone, so that program's version
    // stays, inode and all. What remains is a write to the old file in the microseconds between the
    // swap and that look, or by a program that keeps the old file open past it (SECURITY.md). Without
    // the exchange (another OS, a file system that refuses it), a plain rename is all there is.
    private static SwapOutcome Swap(string temp, string path, StatInfo? verified)
    {
        if (verified is not { } before || !Libc.Exchange(temp, path))
        {
            File.Move(temp, path, overwrite: true);
            return SwapOutcome.Replaced;
        }

        // Not the change time: the rename itself moves it.
        if (Libc.Stat(temp) is { } displaced && displaced.Device == before.Device && displaced.Inode == before.Inode && displaced.Size == before.Size && displaced.ModifiedTime == before.ModifiedTime)
        {
            File.Delete(temp); // the original, as verified: exactly what the rename would have removed
            return SwapOutcome.Replaced;
        }

        if (Libc.Exchange(temp, path))
        {
            return SwapOutcome.PutBack;
        }

        // Never seen (both names are in one folder): the other version must not stay under a
        // temporary name, which a later run would clean up.
        File.Move(temp, path + ".changed", overwrite: false);
        return SwapOutcome.KeptAside;
    }

    private enum SwapOutcome
    {
        Replaced,
        PutBack,
        KeptAside,
    }

    /// <summary>fsyncs <paramref name="directory"/> so that renames in it survive a power cut (best effort; POSIX only).</summary>
    public static bool FlushDirectory(string directory) => DirectorySync.TryFlush(directory);

    /// <summary>
    /// A fresh temporary path beside <paramref name="path"/>: <c>.&lt;name&gt;.talkexport-&lt;pid&gt;-&lt;16 hex&gt;.tmp</c>.
    /// The process id tells a concurrent run's live file from a killed run's leftover.
    /// </summary>
    public static string TempPathFor(string path)
    {
        var random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var pid = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + TempMarker + pid + "-" + random + ".tmp");
    }

    /// <summary>True for a file name this writer creates as a temporary file.</summary>
    public static bool IsLeftover(string fileName) => LeftoverName().IsMatch(fileName);

    /// <summary>
    /// Deletes the temporary files an interrupted run left in <paramref name="directory"/>; returns
    /// their paths. A file whose process is still running is another run's work in progress: kept.
    /// </summary>
    public static IReadOnlyList<string> RemoveLeftovers(string directory)
    {
        var removed = new List<string>();
        if (!Directory.Exists(directory))
        {
            return removed;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*" + TempMarker + "*.tmp").Order(StringComparer.Ordinal))
        {
            if (IsLeftover(Path.GetFileName(file)) && !IsOfLiveProcess(Path.GetFileName(file)) && Delete(file))
            {
                removed.Add(file);
            }
        }

        return removed;
    }

    // A file without a write bit is refused even as root (see FileIdentity.IsReadOnly).
    private static string? WriteRefusal(string path)
    {
        try
        {
            // A rename would replace the link itself with a regular file, silently detaching it from its target.
            if (new FileInfo(path).LinkTarget is not null)
            {
                return "the file is a symbolic link; fill its target instead; left alone";
            }

            if (Exporting.FileIdentity.IsReadOnly(path))
            {
                return "the file is read-only (no write permission bit); left alone";
            }

            using (File.Open(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the file cannot be opened for writing ({e.Message.TrimEnd('.')}); left alone";
        }
    }

    private void WriteTemp(string path, string temp, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        var mode = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(path);
        if (!OperatingSystem.IsWindows())
        {
            // Never more open than the record, even for an instant: a 0600 record's copy is born
            // 0600 (owner bits only; the umask may clear more), and gets the exact mode below.
            options.UnixCreateMode = mode & (UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        using (var stream = new FileStream(temp, options))
        {
            Hook?.Invoke("created", temp);
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, mode);
        }
    }

    private static bool Delete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // The process that made a temporary file still runs (this one included): its file is live.
    // Names without a process id (before 2026-12) are always leftovers.
    private static bool IsOfLiveProcess(string fileName)
    {
        var match = LeftoverName().Match(fileName);
        if (!match.Groups["pid"].Success || !int.TryParse(match.Groups["pid"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            return true;
        }

        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists("/proc/" + pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^\..+\.talkexport-(?:(?<pid>[0-9]{1,10})-)?[0-9a-f]{16}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex LeftoverName();
}
