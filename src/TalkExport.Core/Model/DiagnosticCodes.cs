namespace TalkExport.Core.Model;

/// <summary>
/// Diagnostic codes of the reader and of format-neutral checks. Codes are stable: scripts and
/// users search for them. Ranges: TE1xxx reading records, TE2xxx validation and queries,
/// TE3xxx BibTeX, TE4xxx CSV, TE5xxx ORCID, TE6xxx Word, TE7xxx command line, config and
/// output, TE8xxx editing records (fill-bibtex), TE9xxx templates, CSL and plug-ins. Each
/// exporter keeps its own codes in its own project.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>An unexpected internal failure while reading one record (a bug; the batch goes on).</summary>
    public const string InternalError = "TE1000";
}
