using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TalkExport.Core.Model;

namespace TalkExport.Cli.Infrastructure;

/// <summary>
/// Writes diagnostics to stderr as <c>path:line:col: error CODE: message</c> lines, or as JSON
/// lines (<c>--diagnostics json</c>: one object per line). <c>-q</c> hides warnings, info shows
/// only with <c>-v</c>; counts include the hidden ones.
/// </summary>
internal sealed class DiagnosticWriter
{
    private readonly TextWriter _error;
    private readonly bool _json;
    private readonly bool _color;
    private readonly object _gate = new();

    public DiagnosticWriter(TextWriter error, bool json = false, bool quiet = false, bool verbose = false, bool color = false)
    {
        _error = error;
        _json = json;
        _color = color && !json;
        Quiet = quiet;
        Verbose = verbose;
    }

    public bool Quiet { get; }

    public bool Verbose { get; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public void Write(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error:
                    Errors++;
                    break;
                case DiagnosticSeverity.Warning:
                    Warnings++;
                    if (Quiet)
                    {
                        return;
                    }

                    break;
                default:
                    if (!Verbose || Quiet)
                    {
                        return;
                    }

                    break;
            }

            // Text lines are for a terminal: control characters in a path or message are shown escaped (JSON escapes its own).
            _error.WriteLine(_json ? ToJson(diagnostic) : _color ? Colored(diagnostic) : TerminalText.Escape(diagnostic.ToString()));
        }
    }

    public void WriteAll(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Write(d);
        }
    }

    /// <summary>An error of the run itself (no file): <c>talkexport: error CODE: message</c>.</summary>
    public void RunError(string code, string message, string? path = null, int line = 0, int column = 0) =>
        Write(Diagnostic.Error(code, path ?? "talkexport", line, column, message));

    private static string Colored(Diagnostic d)
    {
        var text = TerminalText.Escape(d.ToString());
        var (word, color) = d.Severity switch
        {
            DiagnosticSeverity.Error => ("error ", "\u001b[31m"),
            DiagnosticSeverity.Warning => ("warning ", "\u001b[33m"),
            _ => ("info ", "\u001b[36m"),
        };
        var at = text.IndexOf(word + d.Code, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + color + word.TrimEnd() + "\u001b[0m " + text[(at + word.Length)..];
    }

    private static string ToJson(Diagnostic d)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            json.WriteString("code", d.Code);
            json.WriteString("path", d.Path);
            json.WriteNumber("line", d.Line);
            json.WriteNumber("column", d.Column);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
