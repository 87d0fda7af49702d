namespace TalkExport.Core.Editing;

/// <summary>Diagnostic codes of <c>fill-bibtex</c> (TE8xxx). Stable: scripts and users search for them.</summary>
public static class EditingDiagnosticCodes
{
    /// <summary>The record already has a non-empty <c>bibtex</c> value; left alone (<c>--force</c> replaces it).</summary>
    public const string AlreadyHasEntry = "TE8001";

    /// <summary>The record has no <c>bibtex</c> key; left alone (<c>--add-missing</c> adds it).</summary>
    public const string MissingKey = "TE8002";

    /// <summary>The front matter's layout is one the editor will not change safely (TOML, a duplicate key, an unusual layout).</summary>
    public const string UnsupportedLayout = "TE8003";

    /// <summary>The file changed after it was read; left alone.</summary>
    public const string ChangedMeanwhile = "TE8004";

    /// <summary>The file has no write permission bit; refused, even when running as root.</summary>
    public const string ReadOnly = "TE8005";

    /// <summary>Writing failed (a full disk, an I/O error); the original is intact and the temporary file removed.</summary>
    public const string WriteFailed = "TE8006";

    /// <summary>The edited text did not read back as intended (other keys changed or the value differs); nothing written. A bug: please report it.</summary>
    public const string VerificationFailed = "TE8007";

    /// <summary>A temporary file left by an interrupted run was removed.</summary>
    public const string LeftoverRemoved = "TE8008";

    /// <summary>The record uses a layout that puts <c>{{ page.bibtex }}</c> in a JavaScript single-quoted string, which a multi-line value breaks.</summary>
    public const string MultiLineInScript = "TE8009";

    /// <summary>The record would be filled (<c>--check</c>, <c>--dry-run</c>).</summary>
    public const string WouldFill = "TE8010";

    /// <summary>The record was filled.</summary>
    public const string Filled = "TE8011";

    /// <summary>Talks read from a data file's list (<c>_data/talks.yml</c>) have no record of their own to write an entry into: the file is never written (warning, once per file).</summary>
    public const string DataFileNotFilled = "TE8012";
}
