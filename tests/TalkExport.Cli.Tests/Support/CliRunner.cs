using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Support;

/// <summary>Runs the CLI in-process with captured stdout (bytes) and stderr.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args) => Run(CliHost.Default(), args);

    public static CliResult Run(CliHost host, params string[] args)
    {
        using var stdout = new MemoryStream();
        var output = new StreamWriter(stdout, new UTF8Encoding(false)) { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = TalkExportApp.RunAsync(args, output, error, host).GetAwaiter().GetResult();
        output.Flush();
        return new CliResult(code, stdout.ToArray(), error.ToString());
    }

    public static CliHost WithFakes(bool outputIsTerminal = false, params ITalkExporter[] exporters)
    {
        var registry = new ExporterRegistry();
        foreach (var e in exporters.Length > 0 ? exporters : [new FakeExporter()])
        {
            registry.Add(e);
        }

        return new CliHost { Registry = registry, OutputIsTerminal = outputIsTerminal };
    }

    /// <summary>The seed site, or a skip (fail in CI).</summary>
    public static string Seed() => TestEnvironment.RequireSeedSite();
}

internal sealed record CliResult(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
