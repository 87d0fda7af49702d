using System.CommandLine;

namespace TalkExport.Cli;

/// <summary>Verbs that are neither built in above nor exporters (fill-bibtex, import): one line each.</summary>
internal static class ExtraVerbs
{
    public static IEnumerable<Command> Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return [new Commands.FillBibTeXCommand(host), new Commands.ImportCommand(host, BuiltInImporters.Create())];
    }
}
