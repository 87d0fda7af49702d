using System.CommandLine;
using TalkExport.Cli.Config;
using TalkExport.Cli.Infrastructure;
using TalkExport.Core.Exporting;
using TalkExport.Core.Exporting.Reporting;
using TalkExport.Core.Model;

namespace TalkExport.Cli.Commands;

/// <summary>
/// <c>report PATH… [--by owner|kind|year|academic-year|tag]… [--report-format table|csv|markdown|json]</c>:
/// talks per year, per kind and per tag for the selected range; with <c>--by</c>, the talks of
/// many members' sites counted for a department, each site read with its own owner and talkexport.yml.
/// </summary>
public sealed class ReportCommand : ReadingCommand
{
    /// <summary>Creates the verb.</summary>
    public ReportCommand(CliHost host)
        : base("report", "Count the selected talks per year, per kind and per tag; with --by, the talks of many members' sites for a department.", host)
    {
        ReportFormat.CompletionSources.Add(ReportWriter.Formats.ToArray());
        ReportFormat.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (value is not null && !ReportWriter.Formats.Contains(value))
            {
                r.AddError($"--report-format: '{value}' is not one of {string.Join(", ", ReportWriter.Formats)}.");
            }
        });
        By.CompletionSources.Add([.. ReportDimensions.Names]);
        By.Validators.Add(r =>
        {
            foreach (var name in Split(r.GetValueOrDefault<string[]>()))
            {
                if (!ReportDimensions.TryParse(name, out _))
                {
                    r.AddError($"--by: '{name}' is not one of {string.Join(", ", ReportDimensions.Names)}.");
                }
            }
        });
        AcademicYearStart.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } text && !AcademicYear.TryParse(text, out _))
            {
                r.AddError($"--academic-year-start: '{text}' is not a day of the year as MM-DD (e.g. 09-01).");
            }
        });
        Add(ReportFormat);
        Add(By);
        Add(AcademicYearStart);
    }

    /// <summary><c>--report-format</c>.</summary>
    public Option<string> ReportFormat { get; } = new("--report-format")
    {
        Description = "table (default), csv, markdown, json, xlsx (a workbook: the talks and a summary per person, kind and year), docx (a report section: heading, table, chart) or svg (a chart of talks per year by kind). xlsx and docx need -o or a redirected stdout.",
        HelpName = "table|csv|markdown|json|xlsx|docx|svg",
    };

    /// <summary><c>--by D</c> (repeatable or comma-separated; they nest in the order given).</summary>
    public Option<string[]> By { get; } = new("--by")
    {
        Description = "Group by owner, kind, year, academic-year or tag (repeat or comma-separate to nest). Each PATH is then its own site, with its own owner and talkexport.yml.",
        HelpName = "owner|kind|year|academic-year|tag",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary><c>--academic-year-start MM-DD</c>.</summary>
    public Option<string> AcademicYearStart { get; } = new("--academic-year-start")
    {
        Description = "The first day of the academic year for --by academic-year (default 09-01, or talkexport.yml's academic_year_start).",
        HelpName = "MM-DD",
    };

    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(CommandRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var by = Split(run.Parse.GetValue(By)).Select(n => ReportDimensions.TryParse(n, out var d) ? d : default).Distinct().ToList();
        var format = run.Parse.GetValue(ReportFormat) ?? "table";
        if (format is "xlsx" or "docx")
        {
            // The workbook's Summary and the document's section are by person, kind and year: always over each site on its own.
            if (run.Host.OutputIsTerminal && run.Settings.Output is null)
            {
                throw new TalkExportException(FailureKind.Usage, $"{format} output is binary and stdout is a terminal: use -o FILE or redirect stdout.");
            }

            WriteDocument(run, format, format == "docx" ? ExporterSettings.Empty.With("report") : ExporterSettings.Empty);
            return Task.FromResult(run.Exit.Code);
        }

        if (format == "svg")
        {
            // Talks per year by kind, for the department: over each site on its own, as --by does.
            if (ReadEverySite(run) is { } all)
            {
                run.WriteText(YearKindChart.Svg(all));
            }

            return Task.FromResult(run.Exit.Code);
        }

        if (by.Count == 0)
        {
            var selection = run.Read();
            if (selection is not null)
            {
                run.WriteText(ReportWriter.Write(TalkSummary.Of([.. selection.Selected]), format));
            }

            return Task.FromResult(run.Exit.Code);
        }

        var talks = ReadEverySite(run);
        if (talks is null)
        {
            return Task.FromResult(run.Exit.Code);
        }

        var start = run.Parse.GetValue(AcademicYearStart) is { } text && AcademicYear.TryParse(text, out var given) ? given
            : run.Config.AcademicYearStart ?? AcademicYear.Default;
        run.WriteText(DepartmentReportWriter.Write(DepartmentReport.Of(talks, by, start), format));
        return Task.FromResult(run.Exit.Code);
    }

    // The xlsx workbook, or the docx report section, of every site's talks.
    private void WriteDocument(CommandRun run, string exporterId, ExporterSettings settings)
    {
        var exporter = run.Host.Registry.Find(exporterId) ?? throw new TalkExportException(FailureKind.Usage, $"the {exporterId} exporter is not registered.");
        if (ReadEverySite(run) is not { } talks)
        {
            return;
        }

        using var document = new BufferedOutputTarget(exporterId);
        exporter.Export(talks, new ExportContext { Settings = settings, Report = d => run.Report(d), CancellationToken = run.CancellationToken }, document);
        run.WriteBinary(document.ToArray(), exporterId);
    }

    // Each PATH with the talkexport.yml found for it (a --config given applies to all of them), so
    // every member's site keeps its own owner pin, aliases and ignored tags. PATHs sharing a file
    // are read together. Null when nothing could be read (the reason is printed).
    private List<Talk>? ReadEverySite(CommandRun run)
    {
        if (run.Settings.Paths.Any(p => !File.Exists(p) && !Directory.Exists(p)))
        {
            _ = run.Read(); // says which PATH is missing, exit 1, before any site is read
            return null;
        }

        var groups = run.Settings.ConfigFile is not null
            ? [(run.Settings.Paths, run.Config)]
            : run.Settings.Paths
                .GroupBy(p => File.Exists(p) || Directory.Exists(p) ? ConfigFileLoader.Find(p) ?? "" : "", StringComparer.Ordinal)
                .Select(g => ((IReadOnlyList<string>)g.ToList(), g.Key.Length == 0 ? TalkExportConfig.None : LoadConfig(run.Settings, run.Diagnostics, g.First())))
                .ToList();
        var talks = new List<Talk>();
        var read = false;
        foreach (var (paths, config) in groups)
        {
            if (config is null)
            {
                run.Exit.Raise(ExitCodes.Usage);
                return null;
            }

            if (run.ForSites(paths, config).Read() is { } selection)
            {
                talks.AddRange(selection.Selected);
                read = true;
            }
        }

        return read ? talks : null;
    }

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
