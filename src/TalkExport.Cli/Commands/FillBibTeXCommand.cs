using System.CommandLine;
using System.Globalization;
using TalkExport.Core.Editing;
using TalkExport.Core.Exporting;
using TalkExport.Core.Reading;
using TalkExport.Exporters.BibTeX;

namespace TalkExport.Cli.Commands;

/// <summary>
/// <c>talkexport fill-bibtex PATH…</c>: writes each talk's BibTeX entry into its record's empty
/// <c>bibtex:</c> key, changing nothing else, atomically. <c>--check</c> exits 5 when something
/// would change; <c>--dry-run</c> prints a unified diff and writes nothing.
/// </summary>
public sealed class FillBibTeXCommand : ReadingCommand
{
    /// <summary>Creates the verb with its own options and the bibtex exporter's (<c>--dialect</c>, …).</summary>
    public FillBibTeXCommand(CliHost host)
        : base("fill-bibtex", "Write each talk's BibTeX entry into its record's empty 'bibtex:' key (only that key changes; atomic).", host)
    {
        Add(Check);
        Add(DryRun);
        Add(Force);
        Add(AddMissing);
        Add(OneLine);
        // --exclude leaves talks out of an export; fill-bibtex writes each record's own entry.
        EntryOptionSet = new ExporterOptionSet(new BibTeXExporter(), "", ExportStep.TakenNames(this), [BibTeXExporter.ExcludeOption]);
        EntryOptionSet.AddTo(this);
    }

    /// <summary><c>--check</c>.</summary>
    public Option<bool> Check { get; } = new("--check") { Description = "Write nothing; exit 5 when some record would change (for CI)." };

    /// <summary><c>--dry-run</c>.</summary>
    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Write nothing; print the changes as a unified diff on stdout." };

    /// <summary><c>--force</c>.</summary>
    public Option<bool> Force { get; } = new("--force") { Description = "Also replace non-empty entries (their citation keys are kept)." };

    /// <summary><c>--add-missing</c>.</summary>
    public Option<bool> AddMissing { get; } = new("--add-missing") { Description = "Add a 'bibtex:' key at the end of the front matter of records that lack it." };

    /// <summary><c>--one-line</c>.</summary>
    public Option<bool> OneLine { get; } = new("--one-line") { Description = "Write each entry on one line (for templates that put {{ page.bibtex }} inside a script string)." };

    /// <summary>The bibtex exporter's options (dialect, ignore-tags, keep-utf8, key-pattern).</summary>
    public ExporterOptionSet EntryOptionSet { get; }

    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(CommandRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Settings.Output is not null)
        {
            throw new TalkExportException(FailureKind.Usage, "fill-bibtex edits the records in place; -o/--output does not apply (use --dry-run to see the changes).");
        }

        var check = run.Parse.GetValue(Check);
        var dryRun = run.Parse.GetValue(DryRun);
        var settings = EntryOptionSet.Bind(run.Parse, run.Config.For("bibtex"));
        var selection = run.Read();
        if (selection is null)
        {
            return Task.FromResult(run.Exit.Code);
        }

        var owner = selection.Read.Site.Owner ?? run.ReaderOptions.Owner; // Site.Owner already holds --owner, cleaned
        var entryOptions = BibTeXOptions.FromSettings(settings, selection.Read.Site with { Owner = owner });
        var selected = selection.Selected.Select(t => t.Source.Path).ToHashSet(StringComparer.Ordinal);
        var pattern = settings.Names.Contains(BibTeXExporter.KeyPatternOption) ? settings.GetString(BibTeXExporter.KeyPatternOption) : null;
        var filler = new BibTeXFiller(
            talk => BibTeXExporter.FormatEntry(talk, entryOptions, d => run.Report(d)),
            new BibTeXFillOptions
            {
                Replace = run.Parse.GetValue(Force),
                AddMissing = run.Parse.GetValue(AddMissing),
                OneLine = run.Parse.GetValue(OneLine),
                DryRun = check || dryRun,
                Keys = CitationKeyOptions.Default with { Owner = owner, Pattern = pattern ?? CitationKeyOptions.DefaultPattern },
            })
        {
            Select = talks => talks.Where(t => selected.Contains(t.Source.Path)).ToList(),
        };
        var reader = new TalkReader(run.ReaderOptions);
        var report = filler.Run(selection.Read, () => reader.Read(run.Settings.Paths, run.CancellationToken));
        run.Diagnostics.WriteAll(report.Diagnostics);
        foreach (var result in report.Results)
        {
            run.Report(result.Diagnostic);
            if (dryRun && result.Changes)
            {
                run.Output.Write(UnifiedDiff.Of(result.Talk.Source.Path, result.OriginalText!, result.NewText!));
            }

            run.Exit.Raise(ExitCodeOf(result, check));
        }

        run.Error.WriteLine(Summary(report.Results, check || dryRun));
        return Task.FromResult(run.Exit.Code);
    }

    private static int ExitCodeOf(BibTeXFillResult result, bool check) => result switch
    {
        { IsWriteError: true } => ExitCodes.OutputError,
        { Outcome: BibTeXFillOutcome.WouldFill } when check => ExitCodes.WouldChange,
        { Outcome: BibTeXFillOutcome.Unsupported } => ExitCodes.InvalidRecords,
        _ => ExitCodes.Success,
    };

    private static string Summary(IReadOnlyList<BibTeXFillResult> results, bool planOnly)
    {
        int Count(params BibTeXFillOutcome[] outcomes) => results.Count(r => outcomes.Contains(r.Outcome));
        var changed = planOnly ? $"would fill {Count(BibTeXFillOutcome.WouldFill)}" : $"filled {Count(BibTeXFillOutcome.Filled)}";
        var left = Count(BibTeXFillOutcome.Unsupported);
        var errors = results.Count(r => r.IsWriteError);
        return string.Create(CultureInfo.InvariantCulture,
            $"fill-bibtex: {changed}, already had an entry {Count(BibTeXFillOutcome.AlreadyHasEntry, BibTeXFillOutcome.UpToDate)}, no bibtex key {Count(BibTeXFillOutcome.MissingKey)}, left alone {left}, errors {errors} (of {results.Count} talks)");
    }
}
