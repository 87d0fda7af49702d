using TalkExport.Core.Model;
using TalkExport.Core.Reading;

namespace TalkExport.Core.Editing;

/// <summary>Everything one <c>fill-bibtex</c> run did.</summary>
/// <param name="Read">What the (second) read found, including the records that could not be read.</param>
/// <param name="Results">One result per talk, in source-path order.</param>
/// <param name="Diagnostics">Run-level findings: leftovers removed, layout warnings.</param>
public sealed record BibTeXFillReport(ReadResult Read, IReadOnlyList<BibTeXFillResult> Results, IReadOnlyList<Diagnostic> Diagnostics);
