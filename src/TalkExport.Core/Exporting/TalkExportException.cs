namespace TalkExport.Core.Exporting;

/// <summary>
/// The one exception type for what must stop a run (a bad option value, an output that cannot
/// be written). Bad records never throw: they give <see cref="Model.Diagnostic"/>s.
/// </summary>
public sealed class TalkExportException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TalkExportException(FailureKind kind, string message, string? path = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        Path = path;
    }

    /// <summary>Creates a usage failure.</summary>
    public TalkExportException()
        : this(FailureKind.Usage, "The run failed.")
    {
    }

    /// <summary>Creates a usage failure.</summary>
    public TalkExportException(string message)
        : this(FailureKind.Usage, message)
    {
    }

    /// <summary>Creates a usage failure.</summary>
    public TalkExportException(string message, Exception innerException)
        : this(FailureKind.Usage, message, null, innerException)
    {
    }

    /// <summary>Why the run stopped.</summary>
    public FailureKind Kind { get; }

    /// <summary>The file concerned, if any.</summary>
    public string? Path { get; }

    /// <summary>The diagnostic code of a failure located in a file the user gave (a template's syntax error); null for the run's own code.</summary>
    public string? Code { get; init; }

    /// <summary>The 1-based line in <see cref="Path"/> of a located failure; 0 when it has none.</summary>
    public int Line { get; init; }

    /// <summary>The 1-based column in <see cref="Path"/> of a located failure; 0 when it has none.</summary>
    public int Column { get; init; }
}
