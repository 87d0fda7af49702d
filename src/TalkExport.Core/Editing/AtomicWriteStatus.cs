namespace TalkExport.Core.Editing;

/// <summary>What <see cref="AtomicFileWriter.Replace"/> did.</summary>
public enum AtomicWriteStatus
{
    /// <summary>The file now holds the new content.</summary>
    Replaced,

    /// <summary>The file changed after it was read; left alone.</summary>
    ChangedMeanwhile,

    /// <summary>The file has no write bit (or cannot be opened for writing); refused.</summary>
    ReadOnly,

    /// <summary>The temporary file did not read back as intended; nothing replaced.</summary>
    VerificationFailed,

    /// <summary>An I/O error (a full disk, a permission on the folder); the original is intact.</summary>
    IoError,
}

/// <summary>The outcome of one atomic replace.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Message">Why, in plain words, unless <see cref="AtomicWriteStatus.Replaced"/>.</param>
public sealed record AtomicWriteResult(AtomicWriteStatus Status, string? Message = null);
