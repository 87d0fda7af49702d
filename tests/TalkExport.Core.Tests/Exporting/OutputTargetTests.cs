using TalkExport.Core.Exporting;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Exporting;

public sealed class OutputTargetTests
{
    [Theory]
    [InlineData("out/talks.orcid.json", 1, "out/talks.orcid-001.json")]
    [InlineData("talks.bib", 12, "talks-012.bib")]
    [InlineData("noext", 2, "noext-002")]
    public void PartPath_NumberBeforeLastExtension(string path, int n, string expected) =>
        Assert.Equal(expected, FileOutputTarget.PartPath(path, n));

    [Fact]
    public void FileTarget_BeforeCommit_NothingVisible_AfterCommit_Written()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("talks.csv");
        using (var files = new AtomicFileSet())
        {
            var target = new FileOutputTarget(path, files);
            using (var s = target.Open())
            {
                s.Write("a,b\n"u8);
            }

            Assert.False(File.Exists(path));
            files.Commit();
        }

        Assert.Equal("a,b\n", File.ReadAllText(path));
        Assert.Equal(["talks.csv"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void FileTarget_NotCommitted_LeavesNothingAndKeepsOldFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("talks.bib");
        File.WriteAllText(path, "old");
        using (var files = new AtomicFileSet())
        {
            using var s = FileOutputTarget.InDirectory(dir.Path, ".bib", files).Open();
            s.Write("new"u8);
        }

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void FileTarget_Parts_NamedAndCommittedTogether()
    {
        using var dir = new TempDirectory();
        using var files = new AtomicFileSet();
        var target = FileOutputTarget.InDirectory(dir.Path, ".orcid.json", files);
        Assert.True(target.SupportsParts);
        for (var n = 1; n <= 2; n++)
        {
            using var s = target.OpenPart(n);
            s.WriteByte((byte)'x');
        }

        files.Commit();
        Assert.Equal(["talks.orcid-001.json", "talks.orcid-002.json"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FileTarget_FolderUnderARegularFile_OutputError()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("file"), "x");
        using var files = new AtomicFileSet();
        var ex = Assert.Throws<TalkExportException>(() => new FileOutputTarget(dir.Combine("file", "talks.csv"), files).Open());
        Assert.Equal(FailureKind.Output, ex.Kind);
    }

    [Fact]
    public void FileTarget_SamePathTwice_OutputError()
    {
        using var dir = new TempDirectory();
        using var files = new AtomicFileSet();
        var target = new FileOutputTarget(dir.Combine("a.json"), files);
        target.Open().Dispose();
        Assert.Equal(FailureKind.Output, Assert.Throws<TalkExportException>(() => target.Open()).Kind);
    }

    [Fact]
    public void FileTarget_NamedFile_RefusesParts_DirectoryTargetAcceptsThem()
    {
        using var dir = new TempDirectory();
        using var files = new AtomicFileSet();
        var single = new FileOutputTarget(dir.Combine("one.orcid.json"), files);
        Assert.False(single.SupportsParts);
        Assert.Throws<NotSupportedException>(() => single.OpenPart(1));
        var inDir = FileOutputTarget.InDirectory(dir.Path, ".orcid.json", files);
        Assert.True(inDir.SupportsParts);
        inDir.OpenPart(1).Dispose();
        files.Commit();
        Assert.True(File.Exists(dir.Combine("talks.orcid-001.json")));
    }

    [Fact]
    public void BufferedTarget_KeepsBytes_RefusesParts()
    {
        using var target = new BufferedOutputTarget("stdout", isTerminal: true);
        using (var s = target.Open())
        {
            s.Write("hi"u8);
        }

        Assert.Equal("hi"u8.ToArray(), target.ToArray());
        Assert.True(target.IsTerminal);
        Assert.False(target.SupportsParts);
        Assert.Throws<NotSupportedException>(() => target.OpenPart(1));
    }
}
