namespace TalkExport.Exporters.Orcid.Model;

/// <summary>
/// One ORCID work (API v3.0) as the serializers write it, in the XSD's element order. Every
/// string is already cleaned, cut to ORCID's limits and non-empty; absent values are null or
/// empty lists, never <c>""</c> (ORCID rejects empty strings, error 9047).
/// </summary>
public sealed record OrcidWork
{
    /// <summary>The title (<c>title/title</c>), at most 1000 characters.</summary>
    public required string Title { get; init; }

    /// <summary>The venue as <c>journal-title</c> ("Conference title" in ORCID's UI), or null.</summary>
    public string? JournalTitle { get; init; }

    /// <summary>The plain-text abstract as <c>short-description</c> (at most 5000 characters), or null.</summary>
    public string? ShortDescription { get; init; }

    /// <summary>The citation (a BibTeX entry), or null.</summary>
    public OrcidCitation? Citation { get; init; }

    /// <summary>The work type from ORCID's list ("public-speech", "conference-presentation", …).</summary>
    public required string Type { get; init; }

    /// <summary>The publication date at the precision known, or null.</summary>
    public OrcidDate? PublicationDate { get; init; }

    /// <summary>The external identifiers; exactly one has relationship <c>self</c>.</summary>
    public IReadOnlyList<OrcidExternalId> ExternalIds { get; init; } = [];

    /// <summary>The work's one URL (at most 350 characters), or null.</summary>
    public string? Url { get; init; }

    /// <summary>The contributors in order; empty when nobody is known.</summary>
    public IReadOnlyList<OrcidContributor> Contributors { get; init; } = [];

    /// <summary>An ORCID language code ("en", "sv", "zh_CN"), or null.</summary>
    public string? LanguageCode { get; init; }
}
