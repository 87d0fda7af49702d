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

    /// <summary>The fields of <paramref name="work"/>, a work or work summary starting at <paramref name="line"/>.</summary>
    public static OrcidWorkFields Read(IOrcidNode work, int line, bool isSummary)
    {
        var fields = new OrcidWorkFields
        {
            Line = line,
            IsSummary = isSummary,
            JournalTitle = work.Text("journal-title"),
            ShortDescription = work.Text("short-description"),
            Type = work.Text("type"),
            Url = work.Text("url"),
            LanguageCode = work.Text("language-code"),
            Country = work.Text("country"),
        };
        if (work.Child("title") is { } title)
        {
            fields.Title = title.Text("title");
            fields.Subtitle = title.Text("subtitle");
            fields.TranslatedTitle = title.Text("translated-title");
        }

        if (work.Child("citation") is { } citation)
        {
            fields.CitationType = citation.Text("citation-type");
            fields.CitationValue = citation.Text("citation-value");
        }

        if (work.Child("publication-date") is { } date)
        {
            fields.Year = date.Text("year");
            fields.Month = date.Text("month");
            fields.Day = date.Text("day");
        }

        foreach (var id in work.Child("external-ids")?.Items("external-id") ?? [])
        {
            fields.ExternalIds.Add(new OrcidIdFields(id.Text("external-id-type"), id.Text("external-id-value"), id.Text("external-id-url"), id.Text("external-id-relationship")));
        }

        foreach (var contributor in work.Child("contributors")?.Items("contributor") ?? [])
        {
            fields.Contributors.Add(new OrcidContributorFields(contributor.Text("credit-name"), contributor.Child("contributor-attributes")?.Text("contributor-role")));
        }

        return fields;
    }
}

/// <summary>One <c>external-id</c>.</summary>
internal sealed record OrcidIdFields(string? Type, string? Value, string? Url, string? Relationship);

/// <summary>One <c>contributor</c>: the credited name and its role.</summary>
internal sealed record OrcidContributorFields(string? CreditName, string? Role);
