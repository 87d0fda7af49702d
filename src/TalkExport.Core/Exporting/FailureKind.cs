namespace TalkExport.Core.Exporting;

/// <summary>Why a run had to stop; the command line maps it to an exit code.</summary>
public enum FailureKind
{
    /// <summary>Bad options or arguments (exit 1).</summary>
    Usage,

    /// <summary>An output could not be written (exit 4).</summary>
    Output,
}
