namespace TalkExport.Core.Importing;

/// <summary>What became of one imported talk.</summary>
public enum ImportStatus
{
    /// <summary>Its record was written.</summary>
    Created,

    /// <summary><c>--dry-run</c>: its record would be written.</summary>
    WouldCreate,

    /// <summary>The site already has it (same date and title): not written.</summary>
    AlreadyOnSite,

    /// <summary>An earlier entry of the sources is the same talk: not written twice.</summary>
    DuplicateEntry,

    /// <summary>The dialect cannot hold it (a Jekyll post without a date).</summary>
    Refused,

    /// <summary>Its record could not be written; nothing of it is left.</summary>
    WriteFailed,
}
