namespace TalkExport.Exporters.Orcid.Model;

/// <summary>A <c>publication-date</c>, zero-padded as ORCID requires: "2020", "11", "05".</summary>
/// <param name="Year">Four digits, 1900–2100.</param>
/// <param name="Month">Two digits, or null for a year-only date.</param>
/// <param name="Day">Two digits, or null; never without a month.</param>
public sealed record OrcidDate(string Year, string? Month, string? Day);
