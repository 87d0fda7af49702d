using TalkExport.Core.Editing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Editing;

/// <summary>The filler over a tiny synthetic reader (title and bibtex only), so its planning and safety are tested apart from the site dialects.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BibTeXFillerTests
{
    private static string Format(Talk t) => $"@misc{{{t.Key},\n  title = {{{t.Title}}},\n}}";

    private static ReadResult Read(string folder)
    {
        var talks = new List<Talk>();
        var diagnostics = new List<Diagnostic>();
        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (FrontMatterParser.Parse(File.ReadAllText(file), name, ReaderLimits.Default, diagnostics) is { } doc)
            {
                talks.Add(new Talk
                {
                    Title = doc.Values["title"]?.AsString() ?? name,
                    Date = new TalkDate(2020, 1, 2),
                    Authors = [new Person { Given = "Jane", Family = "Doe" }],
                    BibTeX = doc.Values["bibtex"]?.AsString() is { Length: > 0 } b ? b : null,
                    Source = new SourceLocation(name) { FullPath = file },
                });
            }
        }

        return new ReadResult { Talks = talks, Diagnostics = diagnostics, CandidateFiles = talks.Count };
    }

    private static BibTeXFillReport Run(string folder, BibTeXFillOptions? options = null, Action? afterSnapshots = null, AtomicFileWriter? writer = null) =>
        new BibTeXFiller(Format, options) { AfterSnapshots = afterSnapshots, Writer = writer ?? new AtomicFileWriter { SyncDirectory = false } }.Run(Read(folder), () => Read(folder));

    private static TempDirectory Site(out string folder)
    {
        var temp = new TempDirectory();
        folder = temp.Combine("talks");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.md"), "---\ntitle: Graphs\nbibtex:\nlayout: posts\n---\nbody\n");
        File.WriteAllText(Path.Combine(folder, "b.md"), "---\ntitle: Bayes\nbibtex: |\n  @misc{kept2019,\n  }\n---\n");
        File.WriteAllText(Path.Combine(folder, "c.md"), "---\ntitle: Chaos\n---\n");
        File.WriteAllText(Path.Combine(folder, "d.md"), "---\ntitle: \"broken\n---\n");
        return temp;
    }

    [Fact]
    public void Run_MixedRecords_FillsEmptyOnlyAndReportsEachOutcome()
    {
        using var temp = Site(out var folder);
        var broken = File.ReadAllBytes(Path.Combine(folder, "d.md"));
        var report = Run(folder);
        Assert.Equal(
            ["a.md:Filled", "b.md:AlreadyHasEntry", "c.md:MissingKey"],
            report.Results.Select(r => $"{r.Talk.Source.Path}:{r.Outcome}"));
        Assert.Equal("---\ntitle: Graphs\nbibtex: |\n  @misc{doe2020graphs,\n    title = {Graphs},\n  }\nlayout: posts\n---\nbody\n", File.ReadAllText(Path.Combine(folder, "a.md")));
        Assert.Equal(broken, File.ReadAllBytes(Path.Combine(folder, "d.md")));
        Assert.Contains(report.Diagnostics, d => d.Code == EditingDiagnosticCodes.MultiLineInScript && d.Path == "a.md");

        var again = Run(folder);
        Assert.DoesNotContain(again.Results, r => r.Changes);
    }

    [Fact]
    public void Run_ForceAndAddMissing_KeepsExistingKeyAndAppends()
    {
        using var temp = Site(out var folder);
        Run(folder, new BibTeXFillOptions { Replace = true, AddMissing = true });
        Assert.Equal("---\ntitle: Bayes\nbibtex: |\n  @misc{kept2019,\n    title = {Bayes},\n  }\n---\n", File.ReadAllText(Path.Combine(folder, "b.md")));
        Assert.Equal("---\ntitle: Chaos\nbibtex: |\n  @misc{doe2020chaos,\n    title = {Chaos},\n  }\n---\n", File.ReadAllText(Path.Combine(folder, "c.md")));
    }

    [Fact]
    public void Run_DryRunAndOneLine_WritesNothingAndPlansOneLineEntries()
    {
        using var temp = Site(out var folder);
        var before = File.ReadAllText(Path.Combine(folder, "a.md"));
        var report = Run(folder, new BibTeXFillOptions { DryRun = true, OneLine = true });
        var a = Assert.Single(report.Results, r => r.Changes);
        Assert.Equal(BibTeXFillOutcome.WouldFill, a.Outcome);
        Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "a.md")));
        Assert.Contains("bibtex: |\n  @misc{doe2020graphs, title = {Graphs}, }\n", a.NewText, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == EditingDiagnosticCodes.MultiLineInScript);
        Assert.Equal(
            "--- a/a.md\n+++ b/a.md\n@@ -1,6 +1,7 @@\n ---\n title: Graphs\n-bibtex:\n+bibtex: |\n+  @misc{doe2020graphs, title = {Graphs}, }\n layout: posts\n ---\n body\n",
            UnifiedDiff.Of("a.md", a.OriginalText!, a.NewText!));
    }

    [Fact]
    public void Run_FileChangedBetweenReadAndWrite_IsLeftAloneAndReported()
    {
        using var temp = Site(out var folder);
        var path = Path.Combine(folder, "a.md");
        var writer = new AtomicFileWriter { Hook = (stage, _) => { if (stage == "before-rename") { File.WriteAllText(path, "---\ntitle: Changed\nbibtex:\n---\n"); } } };
        var result = Assert.Single(Run(folder, writer: writer).Results, r => r.Talk.Source.Path == "a.md");
        Assert.Equal(BibTeXFillOutcome.ChangedMeanwhile, result.Outcome);
        Assert.Equal(EditingDiagnosticCodes.ChangedMeanwhile, result.Diagnostic.Code);
        Assert.Equal("---\ntitle: Changed\nbibtex:\n---\n", File.ReadAllText(path));
    }

    [Fact]
    public void Run_FileChangedBetweenTheTwoReads_IsLeftAlone()
    {
        using var temp = Site(out var folder);
        var path = Path.Combine(folder, "a.md");
        var result = Assert.Single(Run(folder, afterSnapshots: () => File.WriteAllText(path, "---\ntitle: New title\nbibtex:\n---\n")).Results, r => r.Talk.Source.Path == "a.md");
        Assert.Equal(BibTeXFillOutcome.ChangedMeanwhile, result.Outcome);
        Assert.Equal("---\ntitle: New title\nbibtex:\n---\n", File.ReadAllText(path));
    }

    [Fact]
    public void Run_ReadOnlyRecord_IsRefusedAndIntact()
    {
        using var temp = Site(out var folder);
        var path = Path.Combine(folder, "a.md");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = File.ReadAllBytes(path);
        var result = Assert.Single(Run(folder).Results, r => r.Talk.Source.Path == "a.md");
        Assert.Equal(BibTeXFillOutcome.ReadOnly, result.Outcome);
        Assert.True(result.IsWriteError);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Run_LeftoverOfAKilledRun_IsRemoved()
    {
        using var temp = Site(out var folder);
        var leftover = Path.Combine(folder, ".a.md.talkexport-00112233445566ff.tmp");
        File.WriteAllText(leftover, "half");
        var report = Run(folder);
        Assert.False(File.Exists(leftover));
        Assert.Contains(report.Diagnostics, d => d.Code == EditingDiagnosticCodes.LeftoverRemoved);
    }
}
