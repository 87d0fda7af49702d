namespace TalkExport.Core.Reading;

/// <summary>What a site's own configuration says (Jekyll <c>_config.yml</c>, <c>CNAME</c>; Hugo config and author profiles).</summary>
public sealed record SiteConfig
{
    /// <summary>No site found: links stay relative, no owner.</summary>
    public static SiteConfig None { get; } = new();

    /// <summary>The site root folder (absolute), or null when the record is not inside a recognisable site.</summary>
    public string? RootPath { get; init; }

    /// <summary>The site generator family: "jekyll", "hugo", or null when unknown.</summary>
    public string? Generator { get; init; }

    /// <summary>The site's absolute URL without a trailing slash, or null when it cannot be known.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// The owner's name without honorifics or degrees ("Jose M. Pizarro"), as written otherwise: a
    /// <c>Family, Given</c> name ("Degli Esposti, Bruno") pins which words are the family name. Null
    /// when unknown, or when the site still names its template's sample person.
    /// </summary>
    public string? Owner { get; init; }

    /// <summary>The file that named the owner (a config or an author profile), for diagnostics.</summary>
    internal string? OwnerFile { get; init; }

    /// <summary>Jekyll's site-wide <c>permalink</c> pattern (e.g. <c>/:categories/:year/:title/</c>), or null for the default.</summary>
    public string? Permalink { get; init; }

    /// <summary>Per-collection permalink patterns from Jekyll's <c>collections:</c> (e.g. talks → <c>/:collection/:path/</c>).</summary>
    public IReadOnlyDictionary<string, string> CollectionPermalinks { get; init; } = new Dictionary<string, string>();

    /// <summary>Hugo's path settings (accents, case, languages), which decide a page's URL.</summary>
    public HugoPaths HugoPaths { get; init; } = HugoPaths.Default;

    /// <summary>Hugo author ids (<c>content/authors/&lt;id&gt;</c>, <c>data/authors/&lt;id&gt;.yaml</c>) to display names.</summary>
    public IReadOnlyDictionary<string, string> Authors { get; init; } = new Dictionary<string, string>();

    /// <summary>Author ids whose profile is a template's sample person: a record naming one names nobody.</summary>
    internal IReadOnlySet<string> SampleAuthorIds { get; init; } = new HashSet<string>();
}
