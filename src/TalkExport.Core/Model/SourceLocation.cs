namespace TalkExport.Core.Model;

/// <summary>Where a talk was read from.</summary>
/// <param name="Path">The file path as reached from the PATH argument, with '/' separators.</param>
/// <param name="Line">1-based line of the record's start (the opening front-matter fence).</param>
public sealed record SourceLocation(string Path, int Line = 1)
{
    /// <summary>The absolute file-system path of the file, when known (for write-back and link checks).</summary>
    public string? FullPath { get; init; }
}
