using TalkExport.Core.Model;

namespace TalkExport.Core.Editing;

/// <summary>One record's outcome.</summary>
/// <param name="Talk">The talk (with its citation key).</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Diagnostic">The line to print about it.</param>
public sealed record BibTeXFillResult(Talk Talk, BibTeXFillOutcome Outcome, Diagnostic Diagnostic)
{
    /// <summary>The file's text before the edit, when an edit was computed.</summary>
    public string? OriginalText { get; init; }

    /// <summary>The file's text after the edit, when an edit was computed.</summary>
    public string? NewText { get; init; }

    /// <summary>True when the record was, or in a dry run would be, changed.</summary>
    public bool Changes => Outcome is BibTeXFillOutcome.Filled or BibTeXFillOutcome.WouldFill;

    /// <summary>True when something went wrong writing this record (read-only, changed meanwhile, I/O, verification).</summary>
    public bool IsWriteError => Outcome is BibTeXFillOutcome.ChangedMeanwhile or BibTeXFillOutcome.ReadOnly
        or BibTeXFillOutcome.WriteFailed or BibTeXFillOutcome.VerificationFailed;
}
