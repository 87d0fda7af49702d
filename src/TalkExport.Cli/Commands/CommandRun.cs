using System.CommandLine;
using System.Text;
using TalkExport.Cli.Config;
using TalkExport.Cli.Infrastructure;
using TalkExport.Core.Exporting;
using TalkExport.Core.Reading;

namespace TalkExport.Cli.Commands;

/// <summary>
/// One invocation of a reading verb: its writers, settings, config, diagnostics and exit
/// status, and the shared pipeline read → keys over all talks → filter → dedupe → sort.
/// </summary>
public sealed class CommandRun
{
    internal CommandRun(ParseResult parse, CliHost host, CommonSettings settings, TalkExportConfig config, DiagnosticWriter diagnostics, CancellationToken cancellationToken)
    {
        Parse = parse;
        Host = host;
        Settings = settings;
        Config = config;
        Diagnostics = diagnostics;
        CancellationToken = cancellationToken;
        Output = parse.InvocationConfiguration.Output;
        Error = parse.InvocationConfiguration.Error;
    }

    /// <summary>The parse of the command line.</summary>
    public ParseResult Parse { get; }

    /// <summary>The host (registry, terminals).</summary>
    public CliHost Host { get; }

    /// <summary>The shared options' values.</summary>
    public CommonSettings Settings { get; }

    /// <summary>talkexport.yml (or <see cref="TalkExportConfig.None"/>).</summary>
    public TalkExportConfig Config { get; }

    /// <summary>Standard output (data only).</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error (diagnostics, progress).</summary>
    public TextWriter Error { get; }

    /// <summary>The exit code so far.</summary>
    public ExitStatus Exit { get; private init; } = new();

    /// <summary>
    /// The same invocation over <paramref name="paths"/> with <paramref name="config"/> (a site's own
    /// talkexport.yml): its diagnostics and exit code are this run's.
    /// </summary>
    internal CommandRun ForSites(IReadOnlyList<string> paths, TalkExportConfig config) =>
        new(Parse, Host, Settings with { Paths = paths }, config, Diagnostics, CancellationToken) { Exit = Exit };

    /// <summary>Cancels the run.</summary>
    public CancellationToken CancellationToken { get; }

    internal DiagnosticWriter Diagnostics { get; }

    /// <summary>Reports a diagnostic on stderr (an error also raises the exit code to 2 when <paramref name="raise"/>).</summary>
    public void Report(Core.Model.Diagnostic diagnostic, bool raise = false)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Diagnostics.Write(diagnostic);
        if (raise && diagnostic.Severity == Core.Model.DiagnosticSeverity.Error)
        {
            Exit.Raise(ExitCodes.InvalidRecords);
        }
    }

    /// <summary>Prints an exporter's notice (a step left to do by hand) on stderr, unless <c>-q</c>.</summary>
    public void Notice(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!Diagnostics.Quiet)
        {
            Error.WriteLine(message);
        }
    }

    /// <summary>The reader options: command line over talkexport.yml.</summary>
    public ReaderOptions ReaderOptions => new()
    {
        BaseUrl = Settings.BaseUrl ?? Config.BaseUrl,
        Owner = Settings.Owner ?? Config.Owner,
        Dialect = Settings.SiteDialect ?? Config.Dialect,
        Aliases = Config.Aliases,
        IncludeDrafts = Settings.Query.IncludeDrafts,
        FollowSymlinks = Settings.FollowSymlinks,
    };

    /// <summary>The query: command line, plus talkexport.yml's ignore_tags.</summary>
    public TalkQueryOptions Query => Settings.Query with { IgnoreTags = [.. Config.IgnoreTags, .. Settings.Query.IgnoreTags] };

    /// <summary>The record files the last <see cref="Read"/> read: outputs may never be one of them.</summary>
    public IReadOnlyList<string> RecordPaths { get; private set; } = [];

    /// <summary>
    /// Reads the PATH arguments and selects talks. Returns null (with the exit code set and the
    /// reason printed) when there is nothing to work on: a missing PATH (1), no record file (3).
    /// </summary>
    /// <param name="readAbstracts">False when no output uses abstracts (the reader then skips building them).</param>
    public TalkSelection? Read(bool readAbstracts = true)
    {
        var missing = Settings.Paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing)
        {
            Diagnostics.RunError(CliDiagnosticCodes.PathNotFound, "no such file or folder", path);
        }

        if (missing.Count > 0)
        {
            Exit.Raise(ExitCodes.Usage);
            return null;
        }

        ReadResult result;
        using (new ProgressIndicator(Error, "reading talk records…", Host.ErrorIsTerminal))
        {
            result = new TalkReader(ReaderOptions with { ReadAbstracts = readAbstracts }).Read(Settings.Paths, CancellationToken);
        }

        RecordPaths = result.RecordPaths;
        Diagnostics.WriteAll(result.Diagnostics);
        if (result.CandidateFiles == 0)
        {
            Diagnostics.RunError(CliDiagnosticCodes.NoRecords, $"no talk record files found in {string.Join(", ", Settings.Paths)}");
            Exit.Raise(ExitCodes.NoRecords);
            return null;
        }

        if (result.HasErrors)
        {
            Exit.Raise(ExitCodes.InvalidRecords);
        }

        var all = CitationKeysStep.Assign(result.Talks, result.Site.Owner ?? ReaderOptions.Owner);
        var selected = TalkQuery.Apply(all, Query, d => Diagnostics.Write(d));
        return new TalkSelection(result, all, selected);
    }

    /// <summary>Writes a text result to <c>-o FILE</c> (atomically) or stdout.</summary>
    public void WriteText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Settings.Output is null)
        {
            ToStdout(() => Output.Write(text));
            return;
        }

        using var files = new AtomicFileSet();
        files.ProtectInputs(RecordPaths);
        using (var stream = files.Create(Settings.Output))
        {
            stream.Write(new UTF8Encoding(false).GetBytes(text));
        }

        files.Commit();
    }

    /// <summary>Writes a binary result to <c>-o FILE</c> (atomically) or to stdout, never to a terminal.</summary>
    /// <exception cref="TalkExportException">Stdout is a terminal and no <c>-o</c> was given (usage error).</exception>
    public void WriteBinary(byte[] bytes, string what)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (Settings.Output is null)
        {
            if (Host.OutputIsTerminal)
            {
                throw new TalkExportException(FailureKind.Usage, $"{what} output is binary and stdout is a terminal: use -o FILE or redirect stdout.");
            }

            WriteToStdout(bytes, binary: true);
            return;
        }

        using var files = new AtomicFileSet();
        files.ProtectInputs(RecordPaths);
        using (var stream = files.Create(Settings.Output))
        {
            stream.Write(bytes);
        }

        files.Commit();
    }

    /// <summary>Copies a buffered export to stdout: raw bytes when stdout is a byte stream, else as UTF-8 text.</summary>
    /// <exception cref="TalkExportException">Binary output to a writer that only takes text.</exception>
    public void WriteToStdout(byte[] bytes, bool binary)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (Output is StreamWriter { BaseStream: { CanWrite: true } stream } writer)
        {
            ToStdout(() =>
            {
                writer.Flush();
                stream.Write(bytes);
                stream.Flush();
            });
            return;
        }

        if (binary)
        {
            throw new TalkExportException(FailureKind.Output, "binary output needs a byte stream on stdout; use -o FILE.");
        }

        ToStdout(() => Output.Write(new UTF8Encoding(false).GetString(bytes)));
    }

    /// <summary>Says what went wrong when stdout cannot be written: closed (.NET reports a closed descriptor as access denied), full, a broken pipe.</summary>
    public static TalkExportException StdoutFailed(Exception e) =>
        new(FailureKind.Output, "cannot write to stdout: " + (e is UnauthorizedAccessException ? "it is closed or not writable" : e.Message), inner: e);

    private static void ToStdout(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw StdoutFailed(e);
        }
    }
}
