using TalkExport.Cli.Infrastructure;
using TalkExport.Core.Model;

namespace TalkExport.Cli.Tests;

public sealed class DiagnosticWriterTests
{
    private static readonly Diagnostic[] All =
    [
        Diagnostic.Error("TE1004", "a.md", 3, 7, "bad"),
        Diagnostic.Warning("TE2002", "b.md", 1, 1, "meh"),
        Diagnostic.Info("TE1010", "c.md", 0, 0, "fyi"),
    ];

    private static string Write(bool json = false, bool quiet = false, bool verbose = false, bool color = false)
    {
        var error = new StringWriter { NewLine = "\n" };
        var writer = new DiagnosticWriter(error, json, quiet, verbose, color);
        writer.WriteAll(All);
        Assert.Equal((1, 1), (writer.Errors, writer.Warnings));
        return error.ToString();
    }

    [Fact]
    public void Default_ErrorsAndWarnings_NoInfo() =>
        Assert.Equal("a.md:3:7: error TE1004: bad\nb.md:1:1: warning TE2002: meh\n", Write());

    [Fact]
    public void Quiet_ErrorsOnly() => Assert.Equal("a.md:3:7: error TE1004: bad\n", Write(quiet: true));

    [Fact]
    public void Verbose_InfoWithoutPosition() => Assert.EndsWith("c.md: info TE1010: fyi\n", Write(verbose: true), StringComparison.Ordinal);

    [Fact]
    public void Json_OneObjectPerLine() =>
        Assert.Equal("{\"severity\":\"error\",\"code\":\"TE1004\",\"path\":\"a.md\",\"line\":3,\"column\":7,\"message\":\"bad\"}", Write(json: true).Split('\n')[0]);

    [Fact]
    public void Color_OnlyWhenAsked_TextUnchangedOtherwise()
    {
        Assert.DoesNotContain('\u001b', Write());
        var colored = Write(color: true);
        Assert.Contains("\u001b[31merror\u001b[0m TE1004", colored, StringComparison.Ordinal);
        Assert.Equal(Write(), colored.Replace("\u001b[31m", "", StringComparison.Ordinal).Replace("\u001b[33m", "", StringComparison.Ordinal).Replace("\u001b[0m", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Progress_Disabled_WritesNothing_Enabled_ClearsItsLine()
    {
        var quiet = new StringWriter();
        using (new ProgressIndicator(quiet, "reading", enabled: false))
        {
            Thread.Sleep(1300);
        }

        Assert.Empty(quiet.ToString());

        var shown = new SignallingWriter();
        using (new ProgressIndicator(shown, "reading", enabled: true))
        {
            // A timer on a loaded machine may be late: wait for the first tick, not a fixed time.
            Assert.True(shown.FirstWrite.Wait(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken));
        }

        var text = shown.ToString();
        Assert.Contains("reading", text, StringComparison.Ordinal);
        Assert.EndsWith("\r", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
    }

    private sealed class SignallingWriter : StringWriter
    {
        public ManualResetEventSlim FirstWrite { get; } = new();

        public override void Write(string? value)
        {
            lock (this)
            {
                base.Write(value);
            }

            FirstWrite.Set();
        }

        public override string ToString()
        {
            lock (this)
            {
                return base.ToString();
            }
        }

        protected override void Dispose(bool disposing)
        {
            FirstWrite.Dispose();
            base.Dispose(disposing);
        }
    }
}
