using TalkExport.Core.Exporting;

namespace TalkExport.Cli.Commands;

/// <summary>Runs one exporter over the selected talks into a target, with its warnings on stderr.</summary>
internal static class ExportStep
{
    public static void Run(CommandRun run, ITalkExporter exporter, ExporterSettings settings, TalkSelection selection, IOutputTarget target)
    {
        var site = selection.Read.Site with
        {
            BaseUrl = run.ReaderOptions.BaseUrl ?? selection.Read.Site.BaseUrl,
            Owner = selection.Read.Site.Owner ?? run.ReaderOptions.Owner, // Site.Owner already holds --owner, cleaned
        };
        var context = new ExportContext
        {
            Settings = settings,
            Site = site,
            Report = d => run.Report(d),
            Notice = m => run.Notice(m),
            CancellationToken = run.CancellationToken,
        };
        try
        {
            exporter.Export(selection.Selected, context, target);
        }
        catch (NotSupportedException ex)
        {
            // A target that cannot hold what the exporter needs (parts on stdout) is a usage problem.
            throw new TalkExportException(FailureKind.Usage, $"{exporter.Id}: {ex.Message}");
        }
    }

    /// <summary>Creates the output folder; a failure is an output error.</summary>
    public static void EnsureDirectory(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TalkExportException(FailureKind.Output, $"cannot create output folder {directory}: {ex.Message}", directory, ex);
        }
    }

    /// <summary>Refuses binary output on a terminal before any work is done.</summary>
    public static void CheckNotBinaryToTerminal(ITalkExporter exporter, IOutputTarget target)
    {
        if (exporter.IsBinary && target.IsTerminal)
        {
            throw new TalkExportException(FailureKind.Usage, $"{exporter.Id} output is binary and stdout is a terminal: use -o FILE, --output-dir DIR or redirect stdout.");
        }
    }

    /// <summary>Names of every option and alias already on a command (so generated ones do not clash).</summary>
    public static HashSet<string> TakenNames(System.CommandLine.Command command) =>
        command.Options.SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet(StringComparer.Ordinal);

}
