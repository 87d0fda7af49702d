namespace TalkExport.Exporters.CvData;

/// <summary>A link a CV entry shows: "Slides" and its absolute address.</summary>
/// <param name="Label">What the link is, as the CV shows it.</param>
/// <param name="Address">An absolute http or https address.</param>
public sealed record CvLink(string Label, string Address);
