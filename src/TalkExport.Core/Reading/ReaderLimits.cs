namespace TalkExport.Core.Reading;

/// <summary>Limits well above real records, so that hostile input costs bounded time and memory.</summary>
public sealed record ReaderLimits
{
    /// <summary>The defaults.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>Largest record file read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Largest site file read (a config, <c>CNAME</c>, an author profile), in bytes.</summary>
    public long MaxSiteFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Largest front matter, in characters.</summary>
    public int MaxFrontMatterChars { get; init; } = 1024 * 1024;

    /// <summary>Most top-level keys in one front matter (a real record has a few dozen).</summary>
    public int MaxKeys { get; init; } = 10_000;

    /// <summary>Deepest nesting of sequences and mappings.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Longest single value after alias expansion, in characters.</summary>
    public int MaxValueChars { get; init; } = 1024 * 1024;

    /// <summary>Most nodes one key's value may expand to through aliases.</summary>
    public int MaxAliasExpansion { get; init; } = 10_000;

    /// <summary>Most record files read in one run.</summary>
    public int MaxRecords { get; init; } = 1_000_000;
}
