namespace TalkExport.Core.Exporting;

/// <summary>
/// A file output (<c>-o FILE</c>, or <c>DIR/talks&lt;ext&gt;</c> for <c>--output-dir</c>), written
/// through an <see cref="AtomicFileSet"/>: nothing appears until the run commits. Parts of a
/// split output get a number before the last extension: <c>talks.orcid.json</c> becomes
/// <c>talks.orcid-001.json</c>.
/// </summary>
public sealed class FileOutputTarget : IOutputTarget
{
    private readonly AtomicFileSet _files;

    /// <summary>
    /// A target writing <paramref name="path"/> through <paramref name="files"/>. Only an output
    /// directory accepts parts: a user who named one file (<c>-o</c>) must not get several.
    /// </summary>
    public FileOutputTarget(string path, AtomicFileSet files, bool allowParts = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(files);
        FilePath = path;
        _files = files;
        SupportsParts = allowParts;
    }

    /// <summary>The file the single output goes to.</summary>
    public string FilePath { get; }

    /// <inheritdoc/>
    public string DisplayName => FilePath;

    /// <inheritdoc/>
    public bool SupportsParts { get; }

    /// <inheritdoc/>
    public bool IsTerminal => false;

    /// <summary>The target for <c>talks&lt;extension&gt;</c> in <paramref name="directory"/>.</summary>
    public static FileOutputTarget InDirectory(string directory, string extension, AtomicFileSet files, string baseName = "talks") =>
        new(Path.Combine(directory, baseName + extension), files, allowParts: true);

    /// <summary>The name of part <paramref name="number"/>: the number goes before the last extension (<c>a.orcid.json</c> → <c>a.orcid-001.json</c>).</summary>
    public static string PartPath(string path, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var ext = Path.GetExtension(path);
        var stem = path[..^ext.Length];
        return $"{stem}-{number:D3}{ext}";
    }

    /// <inheritdoc/>
    public Stream Open() => _files.Create(FilePath);

    /// <inheritdoc/>
    public Stream OpenPart(int number) =>
        SupportsParts ? _files.Create(PartPath(FilePath, number)) : throw new NotSupportedException($"{FilePath} is one file; a split output needs an output directory.");
}
