using System.Globalization;
using TalkExport.Cli.Infrastructure;
using TalkExport.Core.Model;

namespace TalkExport.Cli.Commands;

/// <summary><c>list PATH…</c>: a table of the selected talks for people (date, kind, title, venue, source).</summary>
public sealed class ListCommand(CliHost host)
    : ReadingCommand("list", "Show the talks that were read as a table (date, kind, title, venue, file).", host)
{
    /// <inheritdoc/>
    protected override Task<int> ExecuteAsync(CommandRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var selection = run.Read();
        if (selection is null)
        {
            return Task.FromResult(run.Exit.Code);
        }

        var table = new TextTable("DATE", "KIND", "TITLE", "VENUE", "FILE");
        foreach (var t in selection.Selected)
        {
            var date = t.Date?.ToString() ?? "—";
            if (t.EndDate is { } end)
            {
                date += "…" + end;
            }

            table.Add(date, t.Kind.Id(), TextTable.Clip(t.Title, 60), TextTable.Clip(t.Venue, 40), t.Source.Path);
        }

        var text = table + string.Create(CultureInfo.InvariantCulture, $"{selection.Selected.Count} of {selection.All.Count} talks\n");
        run.WriteText(text);
        return Task.FromResult(run.Exit.Code);
    }
}
