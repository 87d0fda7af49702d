namespace TalkExport.Core.Model;

/// <summary>How bad a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing (shown with --verbose).</summary>
    Info,

    /// <summary>Something was odd but the talk was still read.</summary>
    Warning,

    /// <summary>The record could not be read, or an output could not be written.</summary>
    Error,
}
