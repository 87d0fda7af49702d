using System.CommandLine;
using System.Text;
using TalkExport.Core.Editing;
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
        if (!exporter.IsBinary && exporter.Options.Any(o => o.NamesDocumentToUpdate))
        {
            // A text document updated in place (--into) can be checked and diffed as fill-bibtex's records are.
            Check = new("--check") { Description = "With --into: write nothing; exit 5 when the document would change (for CI)." };
            DryRun = new("--dry-run") { Description = "With --into: write nothing; print the change as a unified diff on stdout." };
            Add(Check);
            Add(DryRun);
        }

        ExporterOptions = new ExporterOptionSet(exporter, "", ExportStep.TakenNames(this));
        ExporterOptions.AddTo(this);
        if (exporter.Gallery.Count > 0)
        {
            // `template --list` needs no PATH; every other use still does.
            List = new("--list") { Description = "List the built-in documents (name and description) and exit." };
            Add(List);
            Common.Paths.Arity = ArgumentArity.ZeroOrMore;
            Validators.Add(r =>
            {
                if (!r.GetValue(List) && (r.GetResult(Common.Paths) is null || r.GetValue(Common.Paths) is not { Length: > 0 }))
                {
                    r.AddError($"Required argument missing for command: '{exporter.Id}' (PATH, unless --list).");
                }
            });
        }
    }

    /// <summary><c>--list</c>, for exporters that ship built-in documents; else null.</summary>
    public Option<bool>? List { get; }

    /// <summary>The exporter.</summary>
    public ITalkExporter Exporter { get; }

    /// <summary><c>--output-dir DIR</c>: write <c>DIR/talks&lt;ext&gt;</c> (and numbered parts when the exporter splits).</summary>
    public Option<string> OutputDir { get; } = new("--output-dir") { Description = "Write DIR/talks<ext> (split outputs: talks-001<ext> …).", HelpName = "DIR" };

    /// <summary><c>--check</c>, for text exporters that update a document; else null.</summary>
    public Option<bool>? Check { get; }

    /// <summary><c>--dry-run</c>, for text exporters that update a document; else null.</summary>
    public Option<bool>? DryRun { get; }

    /// <summary>The options generated from the exporter's metadata.</summary>
    public ExporterOptionSet ExporterOptions { get; }

    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(CommandRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (List is not null && run.Parse.GetValue(List))
        {
            run.WriteText(string.Concat(Exporter.Gallery.Select(t => $"{t.Name}\t{t.Description}\n")));
            return Task.FromResult(ExitCodes.Success);
        }

        var settings = ExporterOptions.Bind(run.Parse, run.Config.For(Exporter.Id));
        var outputDir = run.Parse.GetValue(OutputDir);
        if (outputDir is not null && run.Settings.Output is not null)
        {
            throw new TalkExportException(FailureKind.Usage, "give either -o/--output FILE or --output-dir DIR, not both.");
        }

        var check = Check is not null && run.Parse.GetValue(Check);
        var dryRun = DryRun is not null && run.Parse.GetValue(DryRun);
        if (check || dryRun)
        {
            return Task.FromResult(Preview(run, settings, check, dryRun, outputDir));
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

    // --check / --dry-run: the updated document is made in memory and compared with the file; nothing is written.
    private int Preview(CommandRun run, ExporterSettings settings, bool check, bool dryRun, string? outputDir)
    {
        var into = ExporterOptions.DocumentToUpdate(settings)
            ?? throw new TalkExportException(FailureKind.Usage, "--check and --dry-run need --into FILE (the document that would be updated).");
        if (outputDir is not null || run.Settings.Output is not null)
        {
            throw new TalkExportException(FailureKind.Usage, "--check and --dry-run write nothing; -o/--output and --output-dir do not apply.");
        }

        var selection = run.Read(readAbstracts: Exporter.UsesAbstracts);
        if (selection is null)
        {
            return run.Exit.Code;
        }

        using var updated = new BufferedOutputTarget(into);
        ExportStep.Run(run, Exporter, settings, selection, updated);
        var before = Core.Files.SafeFile.ReadAllText(into, Core.Files.FileTrust.User, 64 * 1024 * 1024, out var problem)
            ?? throw new TalkExportException(FailureKind.Usage, $"{into}: cannot read: {problem}", into);
        var after = new UTF8Encoding(false).GetString(updated.ToArray());
        if (after.Length > 0 && after[0] == '\uFEFF')
        {
            // ReadAllText drops a BOM; compare like with like.
            after = after[1..];
        }

        var changes = before != after;
        if (dryRun && changes)
        {
            run.WriteText(UnifiedDiff.Of(into, before, after));
        }

        run.Error.WriteLine(changes ? $"{Exporter.Id}: {into} would change" : $"{Exporter.Id}: {into} is up to date");
        if (check && changes)
        {
            run.Exit.Raise(ExitCodes.WouldChange);
        }

        return run.Exit.Code;
    }
}
