namespace TalkExport.Exporters.BibTeX;

/// <summary>One field of an entry, its value already in TeX form (escaped, protected).</summary>
/// <param name="Name">Lowercase field name: "author", "title", "month".</param>
/// <param name="Value">The value as it goes between the braces (or bare, for a macro).</param>
/// <param name="IsMacro">True for a bare macro such as <c>month = nov</c> (no braces).</param>
public sealed record BibTeXField(string Name, string Value, bool IsMacro = false);
