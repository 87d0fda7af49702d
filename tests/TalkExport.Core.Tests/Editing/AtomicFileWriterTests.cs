using System.Text;
using TalkExport.Core.Editing;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Editing;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AtomicFileWriterTests
{
    private static readonly byte[] NewContent = Encoding.UTF8.GetBytes("new\n");

    private static (TempDirectory Temp, string Path, FileSnapshot Snapshot) Setup(UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead)
    {
        var temp = new TempDirectory();
        var path = temp.Combine("record.md");
        File.WriteAllText(path, "old\n");
        File.SetUnixFileMode(path, mode);
        return (temp, path, FileSnapshot.Take(path));
    }

    private static string[] Others(TempDirectory temp, string path) =>
        Directory.GetFiles(temp.Path).Where(f => f != path).ToArray();

    [Fact]
    public void Replace_UnchangedFile_ReplacesKeepsModeAndLeavesNoTemp()
    {
        var (temp, path, snapshot) = Setup();
        using var _ = temp;
        var result = AtomicFileWriter.Default.Replace(snapshot, NewContent, _ => null);
        Assert.Equal(AtomicWriteStatus.Replaced, result.Status);
        Assert.Equal("new\n", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        Assert.Empty(Others(temp, path));
    }

    [Fact]
    public void Replace_FileWithoutWriteBit_IsRefusedEvenAsRootAndIntact()
    {
        var (temp, path, snapshot) = Setup(UnixFileMode.UserRead | UnixFileMode.GroupRead);
        using var _ = temp;
        var result = AtomicFileWriter.Default.Replace(snapshot, NewContent, _ => null);
        Assert.Equal(AtomicWriteStatus.ReadOnly, result.Status);
        Assert.Contains("read-only", result.Message, StringComparison.Ordinal);
        Assert.Equal("old\n", File.ReadAllText(path));
        Assert.Empty(Others(temp, path));
    }

    [Fact]
    public void Replace_FileChangedBeforeRename_IsLeftAlone()
    {
        var (temp, path, snapshot) = Setup();
        using var _ = temp;
        var writer = new AtomicFileWriter { Hook = (stage, _) => { if (stage == "before-rename") { File.AppendAllText(path, "edited by someone\n"); } } };
        var result = writer.Replace(snapshot, NewContent, _ => null);
        Assert.Equal(AtomicWriteStatus.ChangedMeanwhile, result.Status);
        Assert.Equal("old\nedited by someone\n", File.ReadAllText(path));
        Assert.Empty(Others(temp, path));
    }

    // The window between the last check and the rename (issue 17): an append made there used to go
    // to the old file, which the rename then dropped. The swap is checked and undone instead.
    [Fact]
    public void Replace_AppendAfterTheLastCheck_IsKept()
    {
        var (temp, path, snapshot) = Setup();
        using var _ = temp;
        var writer = new AtomicFileWriter { Hook = (stage, _) => { if (stage == "checked") { File.AppendAllText(path, "appended at the last moment\n"); } } };

        var result = writer.Replace(snapshot, NewContent, _ => null);

        Assert.Equal(AtomicWriteStatus.ChangedMeanwhile, result.Status);
        Assert.Contains("put back", result.Message, StringComparison.Ordinal);
        Assert.Equal("old\nappended at the last moment\n", File.ReadAllText(path));
        Assert.Empty(Others(temp, path));
    }

    [Fact]
    public void Replace_SavedByAnEditorAfterTheLastCheck_TheEditorsFileStays()
    {
        var (temp, path, snapshot) = Setup();
        using var _ = temp;
        var editorsFile = temp.Combine(".record.md.swp");
        var writer = new AtomicFileWriter
        {
            Hook = (stage, _) =>
            {
                if (stage == "checked")
                {
                    File.WriteAllText(editorsFile, "saved by the editor\n");
                    File.Move(editorsFile, path, overwrite: true); // an editor's own atomic save
                }
            },
        };

        var result = writer.Replace(snapshot, NewContent, _ => null);

        Assert.Equal(AtomicWriteStatus.ChangedMeanwhile, result.Status);
        Assert.Equal("saved by the editor\n", File.ReadAllText(path));
        Assert.Empty(Others(temp, path));
    }

    [Fact]
    public void Replace_SameLengthChangeKeepingMtime_IsStillDetected()
    {
        var (temp, path, snapshot) = Setup();
        using var _ = temp;
        var writer = new AtomicFileWriter
        {
            Hook = (stage, _) =>
            {
                if (stage == "before-rename")
                {
                    File.WriteAllText(path, "odd\n");
                    File.SetLastWriteTimeUtc(path, snapshot.LastWriteTimeUtc);
                }
            },
        };
        Assert.Equal(AtomicWriteStatus.ChangedMeanwhile, writer.Replace(snapshot, NewContent, _ => null).Status);
        Assert.Equal("odd\n", File.ReadAllText(path));
    }

    [Fact]
    public void Replace_DiskFullWhileWriting_ReportsErrorKeepsOriginalRemovesTemp()
    {
        // Simulated: the hook throws what FileStream throws on ENOSPC (a real full disk needs a mount this test cannot make).
        var (temp, path, snapshot) = Setup();
        using var _ = temp;
        var writer = new AtomicFileWriter { Hook = (stage, _) => throw new IOException("No space left on device : '" + path + "'") };
        var result = writer.Replace(snapshot, NewContent, _ => null);
        Assert.Equal(AtomicWriteStatus.IoError, result.Status);
        Assert.Contains("No space left on device", result.Message, StringComparison.Ordinal);
        Assert.Equal("old\n", File.ReadAllText(path));
        Assert.Empty(Others(temp, path));
    }

    [Fact]
    public void Replace_VerificationFails_NothingWritten()
    {
        var (temp, path, snapshot) = Setup();
        using var _ = temp;
        var result = AtomicFileWriter.Default.Replace(snapshot, NewContent, bytes => bytes.Length == 4 ? "other keys changed" : null);
        Assert.Equal(AtomicWriteStatus.VerificationFailed, result.Status);
        Assert.Equal("old\n", File.ReadAllText(path));
        Assert.Empty(Others(temp, path));
    }

    [Fact]
    public void Replace_SymbolicLink_IsRefusedAndTargetIntact()
    {
        var (temp, path, _) = Setup();
        using var _ = temp;
        var link = temp.Combine("link.md");
        File.CreateSymbolicLink(link, path);
        var result = AtomicFileWriter.Default.Replace(FileSnapshot.Take(link), NewContent, _ => null);
        Assert.Equal(AtomicWriteStatus.ReadOnly, result.Status);
        Assert.Equal("old\n", File.ReadAllText(path));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void RemoveLeftovers_RemovesOnlyItsOwnTemporaryFiles()
    {
        using var temp = new TempDirectory();
        var own = temp.Combine(".a.md.talkexport-0123456789abcdef.tmp");
        var keep = new[] { temp.Combine(".a.md.talkexport-xyz.tmp"), temp.Combine("a.md"), temp.Combine("notes.tmp"), temp.Combine("a.md.talkexport-0123456789abcdef.tmp") };
        foreach (var f in keep.Append(own))
        {
            File.WriteAllText(f, "x");
        }

        Assert.Equal([own], AtomicFileWriter.RemoveLeftovers(temp.Path));
        Assert.All(keep, f => Assert.True(File.Exists(f), f));
        Assert.True(AtomicFileWriter.IsLeftover(Path.GetFileName(AtomicFileWriter.TempPathFor(temp.Combine("b.md")))));
    }

    [Fact]
    public void Replace_PrivateRecord_TemporaryCopyIsBornWithTheRecordsMode()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "unix modes");
        using var temp = new TempDirectory();
        var path = temp.Combine("private.md");
        File.WriteAllText(path, "old\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var atCreation = new List<UnixFileMode>();
        var writer = new AtomicFileWriter { Hook = (stage, file) => { if (stage == "created") { atCreation.Add(File.GetUnixFileMode(file)); } } };

        var result = writer.Replace(FileSnapshot.Take(path), NewContent, _ => null);

        Assert.Equal(AtomicWriteStatus.Replaced, result.Status);
        Assert.Equal([UnixFileMode.UserRead | UnixFileMode.UserWrite], atCreation);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void RemoveLeftovers_KeepsTheLiveTemporaryFilesOfConcurrentRuns()
    {
        using var temp = new TempDirectory();
        using var live = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(ExternalTool.Require("sleep"), "60"))!;
        using var dead = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(ExternalTool.Require("true")))!;
        dead.WaitForExit();
        try
        {
            string Named(int pid) => temp.Combine($".a.md.talkexport-{pid}-0123456789abcdef.tmp");
            var ofLive = Named(live.Id);
            var ofThisRun = Path.Combine(temp.Path, Path.GetFileName(AtomicFileWriter.TempPathFor(temp.Combine("b.md"))));
            var ofDead = Named(dead.Id);
            var old = temp.Combine(".c.md.talkexport-0123456789abcdef.tmp");
            foreach (var f in new[] { ofLive, ofThisRun, ofDead, old })
            {
                File.WriteAllText(f, "x");
            }

            var removed = AtomicFileWriter.RemoveLeftovers(temp.Path);

            Assert.Equal(new[] { ofDead, old }.Order(StringComparer.Ordinal), removed);
            Assert.True(File.Exists(ofLive) && File.Exists(ofThisRun));
        }
        finally
        {
            live.Kill();
        }
    }
}
