namespace TalkExport.Core.Importing;

/// <summary>Diagnostic codes of <c>import</c> (TE85xx): a source's entries and the records written.</summary>
public static class ImportDiagnosticCodes
{
    /// <summary>An entry (or the whole source) cannot be read: malformed, no title, a date that is not one.</summary>
    public const string UnreadableEntry = "TE8501";

    /// <summary>A field of the source that the model (or the site's dialect) cannot carry was left out.</summary>
    public const string FieldLost = "TE8502";

    /// <summary>A source is refused as a whole: too large, nested too deep, a DTD or entity declaration.</summary>
    public const string SourceRefused = "TE8503";

    /// <summary>The site already has the talk (same date and title, the --dedupe rule): not written again.</summary>
    public const string AlreadyOnSite = "TE8504";

    /// <summary>The record could not be written (a file that appeared meanwhile is never replaced).</summary>
    public const string WriteFailed = "TE8505";

    /// <summary>Two entries of the sources are the same talk: the first is imported.</summary>
    public const string DuplicateEntry = "TE8506";
}
