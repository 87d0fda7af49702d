using Microsoft.Win32.SafeHandles;

namespace TalkExport.Cli.Tests.Support;

/// <summary>
/// A FIFO whose writer is connected before the run under test opens it, as with <c>&lt;(…)</c>.
/// </summary>
/// <remarks>
/// talkexport opens a FIFO without blocking, and one with no writer yet reads as empty (SECURITY.md).
/// A writer that merely waits in <c>open(2)</c> for a reader may not have got there when the run
/// reads (under load, a thread-pool task can start seconds late), so the FIFO read as empty now and
/// then. Here the test holds a reader end of its own from the moment the writer connects until it is
/// disposed: the writer's open returns, its text waits in the pipe, and the run finds a writer or its
/// text whatever the timing. The text comes in two parts, so the run must read until the writer closes.
/// </remarks>
internal sealed class PipedFifo : IDisposable
{
    private readonly SafeFileHandle _holder;

    private PipedFifo(string path, Task writer, SafeFileHandle holder)
    {
        Path = path;
        Writer = writer;
        _holder = holder;
    }

    public string Path { get; }

    /// <summary>Finishes when the writer has written everything and closed its end.</summary>
    public Task Writer { get; }

    /// <summary>A FIFO at <paramref name="path"/> with a writer of <paramref name="text"/> connected to it.</summary>
    public static async Task<PipedFifo> Open(string path, string text, TimeSpan patience)
    {
        SpecialFiles.Fifo(path);
        var writer = Task.Run(() =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length / 2);
            stream.Flush();
            Thread.Sleep(20); // the run may well be reading by now: it must wait for the rest
            stream.Write(bytes, bytes.Length / 2, bytes.Length - (bytes.Length / 2));
        });

        // Opening for reading waits for the writer, as the writer's open waits for a reader: they meet here.
        var holder = await Task.Run(() => File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite)).WaitAsync(patience);
        return new PipedFifo(path, writer, holder);
    }

    public void Dispose() => _holder.Dispose();
}
