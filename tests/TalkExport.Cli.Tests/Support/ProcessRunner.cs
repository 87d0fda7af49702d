using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Support;

/// <summary>Runs the built program as a separate process (<c>dotnet talkexport.dll …</c> from the test output folder).</summary>
internal static class ProcessRunner
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "talkexport.dll");

    public static ToolResult Run(string workingDirectory, params string[] args) =>
        RunWithInput(workingDirectory, null, args);

    public static ToolResult RunWithInput(string workingDirectory, string? stdin, params string[] args)
    {
        Assert.True(File.Exists(Dll), "talkexport.dll is not beside the tests: " + Dll);
        return ExternalTool.Run(Dotnet, [Dll, .. args], workingDirectory, stdin, TimeSpan.FromMinutes(2), Environment);
    }

    /// <summary>Runs the program with its stdout closed (<c>exec 1&gt;&amp;-</c> in sh), as a script whose reader has gone may.</summary>
    public static ToolResult RunWithStdoutClosed(string workingDirectory, params string[] args)
    {
        Assert.True(File.Exists(Dll), "talkexport.dll is not beside the tests: " + Dll);
        return ExternalTool.Run(ExternalTool.Require("sh"), ["-c", "exec 1>&-; exec \"$0\" \"$@\"", Dotnet, Dll, .. args], workingDirectory, null, TimeSpan.FromMinutes(2), Environment);
    }

    private static string Dotnet => System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : ExternalTool.Require("dotnet");

    private static Dictionary<string, string> Environment => new() { ["NO_COLOR"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
}
