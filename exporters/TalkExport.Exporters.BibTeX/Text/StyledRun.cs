namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>A piece of text in one style.</summary>
internal readonly record struct StyledRun(string Text, TextStyle Style);
