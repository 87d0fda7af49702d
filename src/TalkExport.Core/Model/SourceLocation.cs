namespace TalkExport.Core.Model;

/// <summary>Where a talk was read from.</summary>
/// <param name="Path">The file path as reached from the PATH argument, with '/' separators.</param>
/// <param name="Line">1-based line of the record's start (the opening front-matter fence).</param>
public sealed record SourceLocation(string Path, int Line = 1)
{
    /// <summary>The absolute file-system path of the file, when known (for write-back and link checks).</summary>
    public string? FullPath { get; init; }

    /// <summary>
    /// True for one item of a Jekyll data file's talk list (<c>_data/talks.yml</c>): many talks share the
    /// file, <see cref="Line"/> is the item's, and there is no record of its own to write into.
    /// </summary>
    public bool InDataFile { get; init; }

    /// <summary>The path, with the line where the file holds many talks (<c>_data/talks.yml:12</c>), for messages naming another talk.</summary>
    public string Shown => InDataFile ? $"{Path}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : Path;
}
