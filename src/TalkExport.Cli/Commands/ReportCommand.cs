using System.CommandLine;
using TalkExport.Cli.Infrastructure;
using TalkExport.Core.Exporting;

namespace TalkExport.Cli.Commands;

/// <summary><c>report PATH… [--report-format table|csv|markdown|json]</c>: talks per year, per kind and per tag for the selected range.</summary>
public sealed class ReportCommand : ReadingCommand
{
    /// <summary>Creates the verb.</summary>
    public ReportCommand(CliHost host)
        : base("report", "Count the selected talks per year, per kind and per tag (for annual reports).", host)
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
        Add(ReportFormat);
    }

    /// <summary><c>--report-format</c>.</summary>
    public Option<string> ReportFormat { get; } = new("--report-format")
    {
        Description = "table (default), csv, markdown or json.",
        HelpName = "table|csv|markdown|json",
    };

    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(CommandRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var selection = run.Read();
        if (selection is null)
        {
            return Task.FromResult(run.Exit.Code);
        }

        var summary = TalkSummary.Of([.. selection.Selected]);
        run.WriteText(ReportWriter.Write(summary, run.Parse.GetValue(ReportFormat) ?? "table"));
        return Task.FromResult(run.Exit.Code);
    }
}
