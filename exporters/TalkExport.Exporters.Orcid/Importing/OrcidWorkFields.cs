namespace TalkExport.Exporters.Orcid.Importing;

/// <summary>
/// What one ORCID work (or work summary) says, read from JSON or XML alike, before it is mapped:
/// every value as the text ORCID holds, null when absent.
/// </summary>
internal sealed class OrcidWorkFields
{
    /// <summary>The 1-based line where the work starts.</summary>
    public required int Line { get; init; }

    /// <summary>True for a <c>work-summary</c> (GET /works), which has no contributors, description or citation.</summary>
    public bool IsSummary { get; init; }

    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? TranslatedTitle { get; set; }

    public string? JournalTitle { get; set; }

    public string? ShortDescription { get; set; }

    public string? CitationType { get; set; }

    public string? CitationValue { get; set; }

    public string? Type { get; set; }

    public string? Year { get; set; }

    public string? Month { get; set; }

    public string? Day { get; set; }

    public string? Url { get; set; }

    public string? LanguageCode { get; set; }

    public string? Country { get; set; }

    public List<OrcidIdFields> ExternalIds { get; } = [];

    public List<OrcidContributorFields> Contributors { get; } = [];
}

/// <summary>One <c>external-id</c>.</summary>
internal sealed record OrcidIdFields(string? Type, string? Value, string? Url, string? Relationship);

/// <summary>One <c>contributor</c>: the credited name and its role.</summary>
internal sealed record OrcidContributorFields(string? CreditName, string? Role);
