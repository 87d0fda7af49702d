namespace TalkExport.Core.Reading;

/// <summary>A candidate record file found by discovery.</summary>
/// <param name="FullPath">Absolute file-system path.</param>
/// <param name="DisplayPath">The path as reached from the PATH argument ('/' separators), for diagnostics and <c>source.path</c>.</param>
public sealed record RecordFile(string FullPath, string DisplayPath)
{
    /// <summary>True inside a talk collection (<c>_talks</c>, <c>talks/_posts</c>, <c>content/event</c>…), where a file without front matter is an error.</summary>
    public bool InTalkCollection { get; init; }

    /// <summary>True when the file is a record only if it opens with front matter (checked when it is read; otherwise it is silently not a record).</summary>
    public bool OnlyWithFrontMatter { get; init; }

    /// <summary>
    /// True when the user named this file itself (not found in a folder): it may then be a FIFO or
    /// character device, read as a stream (<c>talkexport json &lt;(…)</c>).
    /// </summary>
    public bool NamedByUser { get; init; }

    /// <summary>
    /// For a Jekyll data file holding a talk list (<c>_data/talks.yml</c>; one file, many talks): the list's
    /// path inside it ("" for the whole file, <c>talks</c> for its <c>talks:</c> key); null for a record file.
    /// </summary>
    public string? DataList { get; init; }

    /// <summary>True for a data file's talk list (<see cref="DataList"/>).</summary>
    public bool IsDataFile => DataList is not null;
}
