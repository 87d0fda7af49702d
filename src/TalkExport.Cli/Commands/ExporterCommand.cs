using System.CommandLine;
using TalkExport.Core.Exporting;

namespace TalkExport.Cli.Commands;

/// <summary>The verb of one exporter (<c>talkexport bibtex PATH…</c>), generated from its metadata and options.</summary>
public sealed class ExporterCommand : ReadingCommand
{
    /// <summary>Creates the verb for <paramref name="exporter"/>.</summary>
    public ExporterCommand(ITalkExporter exporter, CliHost host)
        : base(exporter?.Id ?? throw new ArgumentNullException(nameof(exporter)), $"{exporter.Description} ({exporter.DisplayName}, {exporter.Extension}).", host)
    {
        Exporter = exporter;
        Add(OutputDir);
        ExporterOptions = new ExporterOptionSet(exporter, "", ExportStep.TakenNames(this));
        ExporterOptions.AddTo(this);
    }

    /// <summary>The exporter.</summary>
    public ITalkExporter Exporter { get; }

    /// <summary><c>--output-dir DIR</c>: write <c>DIR/talks&lt;ext&gt;</c> (and numbered parts when the exporter splits).</summary>
    public Option<string> OutputDir { get; } = new("--output-dir") { Description = "Write DIR/talks<ext> (split outputs: talks-001<ext> …).", HelpName = "DIR" };

    /// <summary>The options generated from the exporter's metadata.</summary>
    public ExporterOptionSet ExporterOptions { get; }

    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(CommandRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var settings = ExporterOptions.Bind(run.Parse, run.Config.For(Exporter.Id));
        var outputDir = run.Parse.GetValue(OutputDir);
        if (outputDir is not null && run.Settings.Output is not null)
        {
            throw new TalkExportException(FailureKind.Usage, "give either -o/--output FILE or --output-dir DIR, not both.");
        }

        using var files = new AtomicFileSet();
        using var stdout = new BufferedOutputTarget("stdout", run.Host.OutputIsTerminal);
        IOutputTarget target = outputDir is not null ? FileOutputTarget.InDirectory(outputDir, Exporter.Extension, files)
            : run.Settings.Output is { } file ? new FileOutputTarget(file, files)
            : ExporterOptions.DocumentToUpdate(settings) is { } into ? new FileOutputTarget(into, files)
            : stdout;
        ExportStep.CheckNotBinaryToTerminal(Exporter, target);

        var selection = run.Read(readAbstracts: Exporter.UsesAbstracts);
        if (selection is null)
        {
            return Task.FromResult(run.Exit.Code);
        }

        files.ProtectInputs(selection.Read.RecordPaths);

        if (outputDir is not null)
        {
            ExportStep.EnsureDirectory(outputDir);
        }

        ExportStep.Run(run, Exporter, settings, selection, target);
        if (ReferenceEquals(target, stdout))
        {
            run.WriteToStdout(stdout.ToArray(), Exporter.IsBinary);
        }
        else
        {
            files.Commit();
        }

        return Task.FromResult(run.Exit.Code);
    }
}
