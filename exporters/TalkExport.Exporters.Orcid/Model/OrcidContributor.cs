namespace TalkExport.Exporters.Orcid.Model;

/// <summary>One <c>contributor</c> of a work.</summary>
/// <param name="CreditName">The name as credited, at most 150 characters.</param>
/// <param name="Sequence">"first" or "additional".</param>
/// <param name="Role">The contributor role: "author".</param>
public sealed record OrcidContributor(string CreditName, string Sequence, string Role);
