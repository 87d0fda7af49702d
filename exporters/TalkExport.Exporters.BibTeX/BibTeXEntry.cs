using TalkExport.Core.Model;

namespace TalkExport.Exporters.BibTeX;

/// <summary>A mapped entry, before layout: what <see cref="BibTeXMapping.Map"/> gives and <see cref="BibTeXSerializer"/> writes.</summary>
/// <param name="Type">Entry type without '@': "misc" or "unpublished".</param>
/// <param name="Key">The citation key.</param>
/// <param name="Fields">The fields, in output order.</param>
public sealed record BibTeXEntry(string Type, string Key, IReadOnlyList<BibTeXField> Fields)
{
    /// <summary>Warnings about the talk found while mapping (a link left out, characters pdflatex cannot typeset).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>The value of field <paramref name="name"/>, or null.</summary>
    public string? this[string name] => Fields.FirstOrDefault(f => f.Name == name)?.Value;
}
