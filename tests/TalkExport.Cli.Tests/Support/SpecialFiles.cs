using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Support;

/// <summary>FIFOs and device nodes made in temporary folders (never the real /dev), and what stat says they are.</summary>
internal static class SpecialFiles
{
    /// <summary>A FIFO at <paramref name="path"/>.</summary>
    public static void Fifo(string path) =>
        Assert.Equal(0, ExternalTool.Run(ExternalTool.Require("mkfifo"), [path]).ExitCode);

    /// <summary>A device node (mknod's type and numbers); a skip (a failure in CI) where mknod needs root.</summary>
    public static void Node(string path, params string[] typeAndNumbers)
    {
        var made = ExternalTool.Run(ExternalTool.Require("mknod"), [path, .. typeAndNumbers]);
        if (made.ExitCode != 0)
        {
            TestEnvironment.SkipOrFail<bool>($"mknod needs root here: {made.StandardError.Trim()}");
        }
    }

    /// <summary>A zero device: endless bytes to whoever reads it.</summary>
    public static void Zero(string path) => Node(path, "c", "1", "5");

    /// <summary>stat's words for the file type ("fifo", "character special file", …).</summary>
    public static string TypeOf(string path) =>
        ExternalTool.Run(ExternalTool.Require("stat"), ["-c", "%F", path]).StandardOutput.Trim();
}
