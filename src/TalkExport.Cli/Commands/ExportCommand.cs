using System.CommandLine;
using TalkExport.Core.Exporting;

namespace TalkExport.Cli.Commands;

/// <summary>
/// <c>export PATH… --format a,b (--output FILE | --output-dir DIR)</c>: one read, several
/// formats, each written to <c>DIR/talks&lt;ext&gt;</c>; all files appear together or none.
/// Exporter options are named <c>--&lt;id&gt;-&lt;option&gt;</c> here (<c>--bibtex-dialect</c>).
/// </summary>
public sealed class ExportCommand : ReadingCommand
{
    private readonly List<ExporterOptionSet> _exporterOptions = [];

    /// <summary>Creates the verb.</summary>
    public ExportCommand(CliHost host)
        : base("export", "Write several formats from one read: DIR/talks.bib, talks.csv, talks.json, talks.orcid.json, talks.docx, talks.csl.json …", host)
    {
        Format.CompletionSources.Add(host.Registry.All.Select(e => e.Id).ToArray());
        Add(Format);
        Add(OutputDir);
        foreach (var exporter in host.Registry.All)
        {
            var set = new ExporterOptionSet(exporter, exporter.Id + "-", ExportStep.TakenNames(this));
            set.AddTo(this);
            _exporterOptions.Add(set);
        }
    }

    /// <summary><c>--format/-f a,b</c>: exporter ids (repeatable or comma-separated).</summary>
    public Option<string[]> Format { get; } = new("--format", "-f")
    {
        Description = "Formats to write: exporter ids (see 'talkexport formats'), comma-separated or repeated.",
        HelpName = "ID,ID",
        Required = true,
    };

    /// <summary><c>--output-dir DIR</c>.</summary>
    public Option<string> OutputDir { get; } = new("--output-dir") { Description = "Folder for talks<ext> per format (created if missing).", HelpName = "DIR" };

    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(CommandRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var exporters = SelectedExporters(run);
        var outputDir = run.Parse.GetValue(OutputDir);
        if ((outputDir is null) == (run.Settings.Output is null))
        {
            throw new TalkExportException(FailureKind.Usage, "export needs exactly one of --output FILE (one format) or --output-dir DIR.");
        }

        if (run.Settings.Output is not null && exporters.Count > 1)
        {
            throw new TalkExportException(FailureKind.Usage, "--output FILE takes one format; use --output-dir DIR for several.");
        }

        var selection = run.Read(readAbstracts: exporters.Any(e => e.UsesAbstracts));
        if (selection is null)
        {
            return Task.FromResult(run.Exit.Code);
        }

        if (outputDir is not null)
        {
            ExportStep.EnsureDirectory(outputDir);
        }

        using var files = new AtomicFileSet();
        files.ProtectInputs(selection.Read.RecordPaths);
        foreach (var exporter in exporters)
        {
            var options = _exporterOptions.First(o => ReferenceEquals(o.Exporter, exporter));
            var settings = options.Bind(run.Parse, run.Config.For(exporter.Id));
            IOutputTarget target = outputDir is not null
                ? FileOutputTarget.InDirectory(outputDir, exporter.Extension, files)
                : new FileOutputTarget(run.Settings.Output!, files);
            ExportStep.Run(run, exporter, settings, selection, target);
        }

        files.Commit();
        return Task.FromResult(run.Exit.Code);
    }

    private List<ITalkExporter> SelectedExporters(CommandRun run)
    {
        var ids = (run.Parse.GetValue(Format) ?? [])
            .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        if (ids.Count == 0)
        {
            throw new TalkExportException(FailureKind.Usage, "--format needs at least one format id.");
        }

        var exporters = new List<ITalkExporter>();
        foreach (var id in ids)
        {
            var exporter = Host.Registry.Find(id)
                ?? throw new TalkExportException(FailureKind.Usage, $"--format: unknown format '{id}' (known: {string.Join(", ", Host.Registry.All.Select(e => e.Id))}).");
            if (!exporters.Contains(exporter))
            {
                exporters.Add(exporter);
            }
        }

        return exporters;
    }
}
