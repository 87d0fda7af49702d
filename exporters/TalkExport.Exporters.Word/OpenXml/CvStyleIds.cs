namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>The style ids the list uses in one document (localized ids such as "berschrift1" stay as found).</summary>
internal sealed record CvStyleIds(string Heading1, string Heading2, string ListParagraph, string Hyperlink);
