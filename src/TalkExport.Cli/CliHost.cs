using TalkExport.Core.Exporting;

namespace TalkExport.Cli;

/// <summary>
/// What the command line knows about its surroundings besides the writers it gets from
/// <c>InvocationConfiguration</c>: the exporters, and whether stdout/stderr are terminals
/// (tests say "no"; the console entry point asks the console).
/// </summary>
public sealed record CliHost
{
    /// <summary>The exporters offered as verbs and formats.</summary>
    public required ExporterRegistry Registry { get; init; }

    /// <summary>True when standard output is an interactive terminal (binary formats refuse it).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>True when standard error is an interactive terminal (progress and colour only then).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>True when colour is off (<c>NO_COLOR</c> set, or <c>TERM=dumb</c>).</summary>
    public bool NoColor { get; init; }

    /// <summary>A host for tests and embedding: the built-in exporters, no terminals.</summary>
    public static CliHost Default() => new() { Registry = BuiltInExporters.Create() };

    /// <summary>The host of the real console process.</summary>
    public static CliHost ForConsole() => new()
    {
        Registry = BuiltInExporters.Create(),
        OutputIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
        NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            || string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal),
    };
}
