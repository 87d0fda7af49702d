using System.CommandLine;
using TalkExport.Cli.Config;
using TalkExport.Cli.Infrastructure;
using TalkExport.Core.Exporting;
using TalkExport.Core.Files;
using TalkExport.Core.Model;

namespace TalkExport.Cli.Commands;

/// <summary>
/// Base of every verb that reads talk records: adds PATH and the common options, loads
/// talkexport.yml, and turns failures into diagnostics and exit codes (never a stack trace).
/// A verb implements <see cref="ExecuteAsync"/> and usually starts with <see cref="CommandRun.Read"/>.
/// </summary>
public abstract class ReadingCommand : Command
{
    /// <summary>Creates the verb with the common options.</summary>
    protected ReadingCommand(string name, string description, CliHost host)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(host);
        Host = host;
        Common.AddTo(this);
        SetAction(InvokeAsync);
    }

    /// <summary>The shared options of this verb.</summary>
    public CommonOptions Common { get; } = new();

    /// <summary>The host (registry, terminals).</summary>
    protected CliHost Host { get; }

    /// <summary>Where talkexport.yml is looked for, when not the first PATH (<c>import</c>: the site it writes into).</summary>
    private protected virtual string? ConfigSearchPath(ParseResult parse) => null;

    /// <summary>Runs the verb; returns the exit code (use <c>run.Exit</c> to combine codes).</summary>
    protected abstract Task<int> ExecuteAsync(CommandRun run);

    private async Task<int> InvokeAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        var diagnostics = new DiagnosticWriter(error, color: Host.ErrorIsTerminal && !Host.NoColor);
        try
        {
            var settings = Common.Bind(parse);
            diagnostics = new DiagnosticWriter(error, settings.JsonDiagnostics, settings.Quiet, settings.Verbose, Host.ErrorIsTerminal && !Host.NoColor);
            var config = LoadConfig(settings, diagnostics, ConfigSearchPath(parse));
            if (config is null)
            {
                return ExitCodes.Usage;
            }

            var run = new CommandRun(parse, Host, settings, config, diagnostics, cancellationToken);
            var code = await ExecuteAsync(run).ConfigureAwait(false);
            return Math.Max(code, run.Exit.Code);
        }
        catch (TalkExportException ex)
        {
            var usage = ex.Kind == FailureKind.Usage;
            diagnostics.RunError(ex.Code ?? (usage ? CliDiagnosticCodes.BadOptionValue : CliDiagnosticCodes.OutputFailed), ex.Message, ex.Path, ex.Line, ex.Column);
            return usage ? ExitCodes.Usage : ExitCodes.OutputError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.RunError(CliDiagnosticCodes.OutputFailed, ex.Message);
            return ExitCodes.OutputError;
        }
        catch (OperationCanceledException)
        {
            diagnostics.RunError(CliDiagnosticCodes.OutputFailed, "cancelled; nothing was written");
            return ExitCodes.OutputError;
        }
#pragma warning disable CA1031 // The last line of defence: a bug must not print a stack trace to users.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            diagnostics.RunError(CliDiagnosticCodes.InternalError, $"internal error ({ex.GetType().Name}): {ex.Message}. Nothing was written; please report this.");
            return ExitCodes.OutputError;
        }
    }

    /// <summary>
    /// talkexport.yml for the run: <c>--config FILE</c>, else the one found from <paramref name="forPath"/>
    /// (default: the first PATH), else none; null (reported) when it cannot be used.
    /// </summary>
    private protected TalkExportConfig? LoadConfig(CommonSettings settings, DiagnosticWriter diagnostics, string? forPath = null)
    {
        string? path = settings.ConfigFile;
        if (path is not null && !File.Exists(path))
        {
            diagnostics.RunError(CliDiagnosticCodes.PathNotFound, "config file not found", path);
            return null;
        }

        var trust = path is null ? FileTrust.Site : FileTrust.User;
        forPath ??= settings.Paths.Count > 0 ? settings.Paths[0] : null;
        path ??= forPath is not null && (File.Exists(forPath) || Directory.Exists(forPath))
            ? ConfigFileLoader.Find(forPath)
            : null;
        if (path is null)
        {
            return TalkExportConfig.None;
        }

        var found = new List<Diagnostic>();
        var display = Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
        if (trust == FileTrust.Site && !settings.FollowSymlinks && ConfigFileLoader.OutsideProblem(path) is { } outside)
        {
            diagnostics.RunError(CliDiagnosticCodes.ConfigUnreadable, "not read: " + outside, display);
            return null;
        }

        var config = ConfigFileLoader.Load(path, display, Host.Registry, found, trust);
        diagnostics.WriteAll(found);
        return found.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : config;
    }
}
