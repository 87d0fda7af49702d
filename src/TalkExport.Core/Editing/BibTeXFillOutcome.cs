namespace TalkExport.Core.Editing;

/// <summary>What <c>fill-bibtex</c> did with one record.</summary>
public enum BibTeXFillOutcome
{
    /// <summary>The entry was written into the record.</summary>
    Filled,

    /// <summary>The entry would be written (dry run).</summary>
    WouldFill,

    /// <summary>The record already holds exactly this entry.</summary>
    UpToDate,

    /// <summary>The record has another entry; left alone without <c>--force</c>.</summary>
    AlreadyHasEntry,

    /// <summary>The record has no <c>bibtex</c> key; left alone without <c>--add-missing</c>.</summary>
    MissingKey,

    /// <summary>The layout is not one the editor changes safely (TOML, duplicate key, …); left alone.</summary>
    Unsupported,

    /// <summary>The file changed after it was read; left alone.</summary>
    ChangedMeanwhile,

    /// <summary>The file is read-only; refused.</summary>
    ReadOnly,

    /// <summary>Writing failed (full disk, I/O error); the original is intact.</summary>
    WriteFailed,

    /// <summary>The edit did not read back as intended; nothing written (a bug).</summary>
    VerificationFailed,
}
