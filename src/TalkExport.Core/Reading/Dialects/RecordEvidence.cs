namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// How strongly a record looks like one dialect's (<see cref="Dialect.Recognises"/>); the strongest
/// wins. Where a record lives says more than its keys: a generator decides by folder what a file is,
/// and keys are shared between themes. Each level is one dialect's today, so no two dialects tie; if
/// they ever do, the one listed first in <see cref="Dialect.All"/> wins.
/// </summary>
internal enum RecordEvidence
{
    /// <summary>Not this dialect's record.</summary>
    None,

    /// <summary>Any front matter: the dialect that reads a record nothing else claims.</summary>
    Fallback,

    /// <summary>Its generator's site, its front-matter format, or keys its themes write (shared with others).</summary>
    Likely,

    /// <summary>Keys only this dialect uses.</summary>
    OwnKeys,

    /// <summary>A collection folder of the dialect (<c>_talks</c>) that its generator reads.</summary>
    Collection,

    /// <summary>The content folder of a site of the dialect's generator (Hugo's <c>content/</c>).</summary>
    SiteContent,

    /// <summary>A folder whose every file the generator reads as this dialect's (Jekyll's <c>_posts</c>, in any folder).</summary>
    GeneratorFolder,
}
