namespace TalkExport.Core.Reading;

/// <summary>How to read records. Command-line values win over talkexport.yml, which wins over the site's own config.</summary>
public sealed record ReaderOptions
{
    /// <summary>Default options.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>Overrides the site URL used to make relative links absolute.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Overrides the site owner (the default author of records that name none).</summary>
    public string? Owner { get; init; }

    /// <summary>Forces a dialect id ("jekyll-posts", "academicpages", "hugo") instead of detecting it.</summary>
    public string? Dialect { get; init; }

    /// <summary>Extra key aliases: front-matter key → model field name ("speaker" → "authors").</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>();

    /// <summary>Explicit <c>type</c>/<c>talk_type</c> values mapped to kind ids ("Pecha Kucha" → "talk", "Group seminar" → "seminar"); matched ignoring case, before the kind rules.</summary>
    public IReadOnlyDictionary<string, string> KindMap { get; init; } = new Dictionary<string, string>();

    /// <summary>Also read records the site would not publish (drafts, <c>published: false</c>).</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Follow symbolic links out of the given roots.</summary>
    public bool FollowSymlinks { get; init; }

    /// <summary>
    /// False when nothing downstream uses <see cref="Model.Talk.Abstract"/> (BibTeX): the reader may
    /// then leave it null and read HTML and Markdown values only for their links, which is faster.
    /// </summary>
    public bool ReadAbstracts { get; init; } = true;

    /// <summary>How many records to read at once; 0 means one per core.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Limits that keep hostile input cheap.</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;
}
