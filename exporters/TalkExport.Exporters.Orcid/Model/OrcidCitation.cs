namespace TalkExport.Exporters.Orcid.Model;

/// <summary>A work's <c>citation</c>.</summary>
/// <param name="Type">The <c>citation-type</c>: always "bibtex" here.</param>
/// <param name="Value">The <c>citation-value</c>: the BibTeX exporter's entry.</param>
public sealed record OrcidCitation(string Type, string Value);
