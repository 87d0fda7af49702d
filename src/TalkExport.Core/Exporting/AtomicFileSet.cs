namespace TalkExport.Core.Exporting;

/// <summary>
/// Files written all-or-nothing: each is written to a temporary file in its own folder and
/// renamed over its final name only on <see cref="Commit"/>; disposing without committing
/// deletes the temporary files, so a failed run leaves nothing partial behind.
/// </summary>
public sealed class AtomicFileSet : IDisposable
{
    private readonly List<Pending> _pending = [];
    private bool _committed;

    /// <summary>The final paths opened so far, in order.</summary>
    public IReadOnlyList<string> Paths => _pending.Select(p => p.FinalPath).ToList();

    /// <summary>Opens a new temporary file that will become <paramref name="finalPath"/> on commit.</summary>
    /// <exception cref="TalkExportException">The folder cannot be written, or the path was already opened.</exception>
    public Stream Create(string finalPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(finalPath);
        ObjectDisposedException.ThrowIf(_committed, this);
        var full = Path.GetFullPath(finalPath);
        if (_pending.Any(p => string.Equals(p.FinalPath, full, StringComparison.Ordinal)))
        {
            throw new TalkExportException(FailureKind.Output, $"{finalPath} would be written twice in one run.", finalPath);
        }

        if (Directory.Exists(full))
        {
            throw new TalkExportException(FailureKind.Output, $"{finalPath} is a folder, not a file.", finalPath);
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

    private sealed record Pending(string FinalPath, string TempPath, Stream Stream)
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
