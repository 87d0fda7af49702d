using System.CommandLine;
using System.Globalization;
using TalkExport.Core.Exporting;
using TalkExport.Core.Files;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;

namespace TalkExport.Cli.Commands;

/// <summary>
/// <c>talkexport import SOURCE… --into SITE</c>: talks from a .bib, CSL-JSON, ORCID works or a
/// spreadsheet written as new records of the site, in its dialect; never over an existing file,
/// never a talk the site already has. The filters (<c>--from</c>, <c>--kind</c>, …) choose which
/// entries are imported.
/// </summary>
public sealed class ImportCommand : ReadingCommand
{
    private readonly IReadOnlyList<ITalkImporter> _importers;

    /// <summary>Creates the verb with the importers it offers each source to.</summary>
    public ImportCommand(CliHost host, IReadOnlyList<ITalkImporter> importers)
        : base("import", "Write talks from BibTeX, CSL-JSON, ORCID works or CSV as new records of a site, in its own dialect (never overwriting).", host)
    {
        ArgumentNullException.ThrowIfNull(importers);
        _importers = importers;
        Into = new("--into") { Description = "The site (its root folder) to add the records to.", Required = true };
        FromFormat = new("--from-format") { Description = "The sources' format, when the file name does not say: " + string.Join(", ", importers.Select(i => i.Id)) + "." };
        FromFormat.AcceptOnlyFromAmong([.. importers.Select(i => i.Id)]);
        Add(Into);
        Add(FromFormat);
        Add(DryRun);
    }

    /// <summary><c>--into SITE</c>.</summary>
    public Option<string> Into { get; }

    /// <summary><c>--from-format ID</c>.</summary>
    public Option<string> FromFormat { get; }

    /// <summary><c>--dry-run</c>.</summary>
    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Write nothing; print each record that would be written, with its path, on stdout." };

    private protected override string? ConfigSearchPath(ParseResult parse) => parse.GetValue(Into);

    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(CommandRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Settings.Output is not null)
        {
            throw new TalkExportException(FailureKind.Usage, "import writes records into --into SITE; -o/--output does not apply (use --dry-run to see them).");
        }

        var into = run.Parse.GetValue(Into)!;
        if (!Directory.Exists(into) || new DirectoryInfo(into).LinkTarget is not null)
        {
            throw new TalkExportException(FailureKind.Usage, $"--into {into}: not a folder (give the site's root folder; a link is not followed)");
        }

        var dialect = run.ReaderOptions.Dialect ?? SiteImport.DetectDialect(into)
            ?? throw new TalkExportException(FailureKind.Usage, $"--into {into}: the folder has no site configuration and no talk folder, so its dialect is unknown: give --site-dialect ({string.Join(", ", SiteImport.WritableDialects)})");
        var existing = ReadSite(run, into);
        var import = new SiteImport(into, dialect, existing.Site);
        var incoming = ReadSources(run);
        if (incoming is null)
        {
            return Task.FromResult(run.Exit.Code);
        }

        var results = import.Run(incoming, existing.Talks, run.Parse.GetValue(DryRun));
        foreach (var result in results)
        {
            if (result.Diagnostic is { } d)
            {
                run.Report(d);
                run.Exit.Raise(result.Status == ImportStatus.WriteFailed ? ExitCodes.OutputError : d.Severity == DiagnosticSeverity.Error ? ExitCodes.InvalidRecords : ExitCodes.Success);
            }
            else if (result.Status == ImportStatus.WouldCreate)
            {
                run.Output.Write($"=== {result.Path}\n{result.Text}");
            }
        }

        run.Error.WriteLine(Summary(results, import, dialect, run.Parse.GetValue(DryRun)));
        return Task.FromResult(run.Exit.Code);
    }

    // The site's talks now, read as every verb reads a site (its own talkexport.yml applied): what is there is not imported again.
    private static ReadResult ReadSite(CommandRun run, string into)
    {
        var read = new TalkReader(run.ReaderOptions with { IncludeDrafts = true }).Read([into], run.CancellationToken);
        foreach (var d in read.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            // A record the site cannot read is still the site's: said, not fatal (its talk may be imported again).
            run.Report(d with { Severity = DiagnosticSeverity.Warning });
        }

        return read;
    }

    // Every source's talks in order, the filters applied; null when no source could be opened at all.
    private List<Talk>? ReadSources(CommandRun run)
    {
        var forced = run.Parse.GetValue(FromFormat);
        var talks = new List<Talk>();
        var notTalks = 0;
        var opened = 0;
        foreach (var path in run.Settings.Paths)
        {
            var shown = path.Replace('\\', '/');
            var text = SafeFile.ReadAllText(path, FileTrust.User, ImportLimits.MaxFileBytes, out var problem);
            if (text is null)
            {
                run.Report(Diagnostic.Error(ImportDiagnosticCodes.SourceRefused, shown, 0, 0, $"not read: {problem}"));
                run.Exit.Raise(File.Exists(path) ? ExitCodes.InvalidRecords : ExitCodes.Usage);
                continue;
            }

            opened++;
            var importer = forced is not null ? _importers.First(i => i.Id == forced) : _importers.FirstOrDefault(i => i.Recognises(path, text.AsSpan(0, Math.Min(text.Length, 4096))));
            if (importer is null)
            {
                run.Report(Diagnostic.Error(ImportDiagnosticCodes.SourceRefused, shown, 0, 0, $"not a format import reads (by its name and first lines); give --from-format ({string.Join(", ", _importers.Select(i => i.Id))})"));
                run.Exit.Raise(ExitCodes.Usage);
                continue;
            }

            var batch = importer.Read(new ImportSource(shown, text), run.CancellationToken);
            foreach (var d in batch.Diagnostics)
            {
                run.Report(d, raise: true);
            }

            notTalks += batch.NotTalks;
            talks.AddRange(batch.Talks.Where(t => TalkQuery.Matches(t, run.Query)));
        }

        if (notTalks > 0)
        {
            run.Notice(string.Create(CultureInfo.InvariantCulture, $"import: {notTalks} entries are not talks (articles, books, other ORCID work types) and were left out"));
        }

        return opened == 0 && run.Settings.Paths.Count > 0 ? null : talks;
    }

    private static string Summary(IReadOnlyList<ImportedRecord> results, SiteImport import, string dialect, bool dryRun)
    {
        int Count(ImportStatus status) => results.Count(r => r.Status == status);
        var created = Count(ImportStatus.Created) + Count(ImportStatus.WouldCreate);
        var verb = dryRun ? "would create" : "created";
        return string.Create(CultureInfo.InvariantCulture,
            $"import: {verb} {created} in {import.Folder}/ ({dialect}), already on the site {Count(ImportStatus.AlreadyOnSite)}, duplicates in the sources {Count(ImportStatus.DuplicateEntry)}, not written {Count(ImportStatus.Refused) + Count(ImportStatus.WriteFailed)} (of {results.Count} talks)");
    }
}
