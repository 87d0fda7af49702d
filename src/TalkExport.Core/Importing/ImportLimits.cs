namespace TalkExport.Core.Importing;

/// <summary>
/// What <c>import</c> reads at most, so a hostile or mistaken source is refused with a message
/// instead of filling memory: the reader's own limits (a record file is at most 16 MiB) apply to
/// each source file, and JSON and XML nest at most <see cref="MaxDepth"/> levels.
/// </summary>
public static class ImportLimits
{
    /// <summary>The largest source file read: 16 MiB, as for a record file.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of JSON or XML read (a CSL-JSON item or an ORCID work needs fewer than 10).</summary>
    public const int MaxDepth = 64;
}
