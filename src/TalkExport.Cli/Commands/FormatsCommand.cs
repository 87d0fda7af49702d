using System.CommandLine;
using TalkExport.Cli.Infrastructure;

namespace TalkExport.Cli.Commands;

/// <summary><c>formats</c>: the registered exporters (id, extension, description).</summary>
public sealed class FormatsCommand : Command
{
    /// <summary>Creates the verb.</summary>
    public FormatsCommand(CliHost host)
        : base("formats", "List the output formats: id (also the verb), file extension, description.")
    {
        ArgumentNullException.ThrowIfNull(host);
        SetAction(parse =>
        {
            var table = new TextTable("ID", "EXTENSION", "BINARY", "DESCRIPTION");
            foreach (var e in host.Registry.All)
            {
                table.Add(e.Id, e.Extension, e.IsBinary ? "yes" : "no", e.Description);
            }

            parse.InvocationConfiguration.Output.Write(table.ToString());
            return ExitCodes.Success;
        });
    }
}
