using System.Globalization;

namespace TalkExport.Core.Model;

/// <summary>
/// A finding about one record or output, printed as <c>path:line:col: error CODE: message</c>.
/// Bad records give diagnostics, never exceptions: the batch goes on.
/// </summary>
/// <param name="Severity">How bad.</param>
/// <param name="Code">A stable code, e.g. <c>TE1001</c> (see <see cref="DiagnosticCodes"/>).</param>
/// <param name="Path">The file's path as reached from the PATH argument, '/' separators; may be empty.</param>
/// <param name="Line">1-based line in the file, or 0 when there is no position.</param>
/// <param name="Column">1-based column, or 0 when there is no position.</param>
/// <param name="Message">One line in plain words; may end with a hint.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Path, int Line, int Column, string Message)
{
    /// <summary>An error at a position.</summary>
    public static Diagnostic Error(string code, string path, int line, int column, string message) => new(DiagnosticSeverity.Error, code, path, line, column, message);

    /// <summary>A warning at a position.</summary>
    public static Diagnostic Warning(string code, string path, int line, int column, string message) => new(DiagnosticSeverity.Warning, code, path, line, column, message);

    /// <summary>An info at a position.</summary>
    public static Diagnostic Info(string code, string path, int line, int column, string message) => new(DiagnosticSeverity.Info, code, path, line, column, message);

    /// <summary>The one-line form: <c>path:line:col: error CODE: message</c>, or <c>path: error CODE: message</c> without a position.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var where = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}:{Math.Max(Column, 1)}")
            : Path;
        var prefix = where.Length > 0 ? where + ": " : "";
        return $"{prefix}{severity} {Code}: {OneLine(Message)}";
    }

    private static string OneLine(string message) =>
        message.Contains('\n', StringComparison.Ordinal) || message.Contains('\r', StringComparison.Ordinal)
            ? message.ReplaceLineEndings(" ")
            : message;
}
