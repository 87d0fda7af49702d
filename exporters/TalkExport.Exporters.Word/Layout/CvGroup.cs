using TalkExport.Exporters.Word.Mapping;

namespace TalkExport.Exporters.Word.Layout;

/// <summary>A group of entries under an optional sub-heading.</summary>
/// <param name="Heading">The sub-heading ("2020", "Invited talks"), or null for an ungrouped list.</param>
/// <param name="Entries">The entries, newest first.</param>
public sealed record CvGroup(string? Heading, IReadOnlyList<CvEntry> Entries);
