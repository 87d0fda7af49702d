namespace TalkExport.Exporters.BibTeX.Reading;

/// <summary>One entry of a .bib file as <see cref="BibTeXFileReader"/> read it.</summary>
/// <param name="Type">The entry type, lower case ("misc").</param>
/// <param name="Key">The citation key ("" when the entry has none).</param>
/// <param name="Fields">Field values as TeX (outer braces or quotes removed, macros expanded), by name ignoring case.</param>
/// <param name="Line">The 1-based line of the entry's '@'.</param>
public sealed record BibTeXFileEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields, int Line)
{
    /// <summary>The entry as written, from its '@' to its closing delimiter ("" where not kept).</summary>
    public string Text { get; init; } = "";

    /// <summary>The value of field <paramref name="name"/>, or null.</summary>
    public string? this[string name] => Fields.TryGetValue(name, out var value) ? value : null;
}
