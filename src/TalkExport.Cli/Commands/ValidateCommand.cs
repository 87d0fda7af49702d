using System.CommandLine;
using System.Globalization;
using TalkExport.Core.Validation;

namespace TalkExport.Cli.Commands;

/// <summary>
/// <c>validate PATH… [--strict]</c>: findings as diagnostics on stderr (broken records, missing
/// dates and venues, duplicates, relative links, links to files missing from the site folder),
/// a one-line summary on stdout; exit 2 on any error (on warnings too with --strict).
/// </summary>
public sealed class ValidateCommand : ReadingCommand
{
    /// <summary>Creates the verb.</summary>
    public ValidateCommand(CliHost host)
        : base("validate", "Check records: broken records, missing dates/venues, duplicates, relative links, missing slide files. Exit 2 on errors.", host)
    {
        Add(Strict);
    }

    /// <summary><c>--strict</c>: warnings fail too.</summary>
    public Option<bool> Strict { get; } = new("--strict") { Description = "Exit 2 on warnings too." };

    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(CommandRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var selection = run.Read();
        if (selection is null)
        {
            return Task.FromResult(run.Exit.Code);
        }

        var site = selection.Read.Site with { BaseUrl = run.ReaderOptions.BaseUrl ?? selection.Read.Site.BaseUrl };
        foreach (var finding in TalkValidator.Validate(selection.Selected, site))
        {
            run.Report(finding);
        }

        var errors = run.Diagnostics.Errors;
        var warnings = run.Diagnostics.Warnings;
        if (errors > 0 || (warnings > 0 && run.Parse.GetValue(Strict)))
        {
            run.Exit.Raise(ExitCodes.InvalidRecords);
        }

        var verdict = run.Exit.Code == 0 ? "ok" : "failed";
        run.WriteText(string.Create(CultureInfo.InvariantCulture,
            $"{verdict}: {selection.Selected.Count} talks from {selection.Read.CandidateFiles} files: {errors} errors, {warnings} warnings\n"));
        return Task.FromResult(run.Exit.Code);
    }
}
