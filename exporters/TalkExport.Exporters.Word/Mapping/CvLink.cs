namespace TalkExport.Exporters.Word.Mapping;

/// <summary>A labelled link of a talk ("Slides", "Video", "Event", "Code").</summary>
/// <param name="Label">The short label shown in the document.</param>
/// <param name="Address">The address as the record gave it.</param>
public sealed record CvLink(string Label, string Address);
