using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using TalkExport.Cli.Commands;

namespace TalkExport.Cli;

/// <summary>The composition root: builds the command tree and runs it.</summary>
public static class TalkExportApp
{
    /// <summary>Runs on the real console: stdout as a UTF-8 byte stream (binary formats can be piped), "\n" newlines.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 64 * 1024) { NewLine = "\n" };
        var error = new StreamWriter(Console.OpenStandardError(), utf8) { NewLine = "\n", AutoFlush = true };
        try
        {
            return await RunAsync(args, output, error, CliHost.ForConsole()).ConfigureAwait(false);
        }
        finally
        {
            // A stdout that failed keeps its unwritten buffer, and disposing would throw it again;
            // the failure has been reported already, so closing is quiet.
            await CloseQuietly(output).ConfigureAwait(false);
            await CloseQuietly(error).ConfigureAwait(false);
        }
    }

    private static async Task CloseQuietly(StreamWriter writer)
    {
        try
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reported where the write failed.
        }
    }

    /// <summary>Parses <paramref name="args"/> and runs the verb, writing through the given writers.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliHost? host = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = BuildRoot(host ?? CliHost.Default());
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        int code;
        if (parse.Errors.Count > 0 && parse.Action is null or ParseErrorAction)
        {
            // System.CommandLine would print help on stdout; stdout is for data, so the errors
            // go to stderr as diagnostics and the help stays one --help away.
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync($"talkexport: error {CliDiagnosticCodes.BadCommandLine}: {e.Message}").ConfigureAwait(false);
            }

            var verb = parse.CommandResult.Command is RootCommand ? "" : parse.CommandResult.Command.Name + " ";
            await error.WriteLineAsync($"Run 'talkexport {verb}--help' for usage.").ConfigureAwait(false);
            code = ExitCodes.Usage;
        }
        else
        {
            code = await parse.InvokeAsync(config).ConfigureAwait(false);
        }

        try
        {
            await output.FlushAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The last buffered part of the output is written here, after the verb has finished.
            await error.WriteLineAsync($"talkexport: error {CliDiagnosticCodes.OutputFailed}: {CommandRun.StdoutFailed(e).Message}").ConfigureAwait(false);
            code = Math.Max(code, ExitCodes.OutputError);
        }

        await error.FlushAsync().ConfigureAwait(false);
        return code;
    }

    /// <summary>The command tree: fixed verbs, then one verb per registered exporter.</summary>
    public static RootCommand BuildRoot(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var root = new RootCommand("talkexport: academic talk records (Jekyll/Hugo) to BibTeX, CSV, Word, ORCID and more.")
        {
            new FormatsCommand(host),
            new ListCommand(host),
            new ValidateCommand(host),
            new ReportCommand(host),
            new ExportCommand(host),
        };
        foreach (var exporter in host.Registry.All)
        {
            if (root.Subcommands.Any(c => c.Name == exporter.Id))
            {
                // An exporter id that is already a verb stays reachable through export --format.
                continue;
            }

            root.Add(new ExporterCommand(exporter, host));
        }

        foreach (var verb in ExtraVerbs.Create(host))
        {
            root.Add(verb);
        }

        return root;
    }
}
