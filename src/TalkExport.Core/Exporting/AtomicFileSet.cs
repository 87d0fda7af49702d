namespace TalkExport.Core.Exporting;

/// <summary>
/// Files written all-or-nothing: each is written to a temporary file in its own folder and
/// renamed over its final name only on <see cref="Commit"/>; disposing without committing
/// deletes the temporary files, so a failed run leaves nothing partial behind.
/// </summary>
public sealed class AtomicFileSet : IDisposable
{
    private readonly List<Pending> _pending = [];
    private readonly HashSet<(ulong, ulong)> _inputIds = [];
    private readonly HashSet<string> _inputPaths = new(StringComparer.Ordinal);
    private bool _committed;

    /// <summary>
    /// Marks the files a run read (its records): none of them may become an output, whether named
    /// as given, through <c>../</c>, a symlink or a hard link (compared by device and inode).
    /// </summary>
    public void ProtectInputs(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            _inputPaths.Add(RealPath(Path.GetFullPath(path)));
            if (FileIdentity.Of(path) is { } id)
            {
                _inputIds.Add(id);
            }
        }
    }

    /// <summary>The final paths opened so far, in order.</summary>
    public IReadOnlyList<string> Paths => _pending.Select(p => p.FinalPath).ToList();

    /// <summary>Opens a new temporary file that will become <paramref name="finalPath"/> on commit.</summary>
    /// <exception cref="TalkExportException">The folder cannot be written, or the path was already opened.</exception>
    public Stream Create(string finalPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(finalPath);
        ObjectDisposedException.ThrowIf(_committed, this);
        // A symlinked target: the file it points to is replaced, never the link itself.
        var full = RealPath(Path.GetFullPath(finalPath));
        if (_pending.Any(p => string.Equals(p.FinalPath, full, StringComparison.Ordinal)))
        {
            throw new TalkExportException(FailureKind.Output, $"{finalPath} would be written twice in one run.", finalPath);
        }

        var kind = FileIdentity.KindOf(full);
        if (kind == FileKind.Directory)
        {
            throw new TalkExportException(FailureKind.Usage, $"{finalPath} is a folder, not a file.", finalPath);
        }

        if (kind == FileKind.Other)
        {
            throw new TalkExportException(FailureKind.Usage, "a block device or socket is not a file to write.", finalPath);
        }

        if (_inputPaths.Contains(full) || (FileIdentity.Of(full) is { } id && _inputIds.Contains(id)))
        {
            throw new TalkExportException(FailureKind.Usage, "this is one of the records the run reads; outputs never overwrite records (fill-bibtex is the verb that edits them).", finalPath);
        }

        if (kind == FileKind.Regular && FileIdentity.IsReadOnly(full))
        {
            throw new TalkExportException(FailureKind.Output, $"{finalPath} is read-only (no write permission bit); it is left alone (chmod u+w it to let talkexport replace it).", finalPath);
        }

        if (kind == FileKind.Stream)
        {
            // A character device or FIFO (/dev/null, /dev/stdout, <(…)) is written in place: a rename
            // over it would replace the device with a regular file. Such output is not atomic.
            return OpenInPlace(finalPath, full);
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new DurableFileStream(temp);
            _pending.Add(new Pending(full, temp, stream));
            return stream;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TalkExportException(FailureKind.Output, $"cannot write {finalPath}: {ex.Message}", finalPath, ex);
        }
    }

    private FileStream OpenInPlace(string finalPath, string full)
    {
        try
        {
            var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            _pending.Add(new Pending(full, null, stream));
            return stream;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TalkExportException(FailureKind.Output, $"cannot write {finalPath}: {ex.Message}", finalPath, ex);
        }
    }

    private static string RealPath(string full)
    {
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            // A link loop or a dangling link: write the path as given (the rename then fails or replaces the dangling link).
            return full;
        }
    }

    /// <summary>Flushes every file to disk and renames each over its final name (keeping an existing file's permissions).</summary>
    /// <exception cref="TalkExportException">A file could not be committed; the uncommitted ones are deleted.</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        try
        {
            foreach (var p in _pending)
            {
                // The exporter normally disposed it already; disposing again is harmless and
                // makes sure the data is flushed (and fsynced) before the rename.
                p.Stream.Dispose();
            }

            foreach (var p in _pending)
            {
                if (p.TempPath is null)
                {
                    p.Done = true;
                    continue;
                }

                if (!OperatingSystem.IsWindows() && File.Exists(p.FinalPath))
                {
                    File.SetUnixFileMode(p.TempPath, File.GetUnixFileMode(p.FinalPath));
                }

                File.Move(p.TempPath, p.FinalPath, overwrite: true);
                p.Done = true;
            }

            _committed = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DeleteTemporaryFiles();
            throw new TalkExportException(FailureKind.Output, $"cannot write output: {ex.Message}", null, ex);
        }
    }

    /// <summary>Deletes the temporary files of an uncommitted set.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            DeleteTemporaryFiles();
            _committed = true;
        }
    }

    private void DeleteTemporaryFiles()
    {
        foreach (var p in _pending.Where(p => !p.Done))
        {
            p.Stream.Dispose();
            if (p.TempPath is null)
            {
                continue;
            }

            try
            {
                File.Delete(p.TempPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing better to do: the name is hidden (leading dot) and ends in .tmp.
            }
        }
    }

    private sealed record Pending(string FinalPath, string? TempPath, Stream Stream)
    {
        public bool Done { get; set; }
    }

    /// <summary>A new file that is fsynced when closed, so the rename that follows never exposes an empty file after a crash.</summary>
    private sealed class DurableFileStream(string path) : FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None)
    {
        private bool _closed;

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_closed)
            {
                _closed = true;
                Flush(flushToDisk: true);
            }

            base.Dispose(disposing);
        }
    }
}
