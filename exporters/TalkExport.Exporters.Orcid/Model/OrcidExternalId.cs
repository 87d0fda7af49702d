namespace TalkExport.Exporters.Orcid.Model;

/// <summary>One <c>external-id</c>.</summary>
/// <param name="Type">The identifier type from ORCID's list ("uri", "source-work-id").</param>
/// <param name="Value">The identifier itself.</param>
/// <param name="Url">A link for the identifier (<c>external-id-url</c>), or null.</param>
/// <param name="Relationship">"self" for the talk itself, "part-of" for its event.</param>
public sealed record OrcidExternalId(string Type, string Value, string? Url, string Relationship);
