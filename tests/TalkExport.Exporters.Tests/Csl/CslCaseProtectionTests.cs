using TalkExport.Core.Model;
using TalkExport.Exporters.Csl;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Csl;

/// <summary>
/// Issue 18: a style that changes a title's case must keep its acronyms and names, as BibTeX's braces
/// keep them. pandoc's citeproc renders our CSL-JSON with its default style (title case) and with APA
/// (sentence case); before the nocase spans it printed "3d IgA-BEM" and "2d Fredholm".
/// </summary>
public sealed class CslCaseProtectionTests
{
    private const string ApaStyle = "/usr/share/texlive/texmf-dist/tex/latex/citation-style-language/styles/apa.csl";

    [Theory]
    [InlineData(null)]
    [InlineData(ApaStyle)]
    public void Pandoc_KeepsAcronymsAndNames(string? style)
    {
        var pandoc = ExternalTool.Require("pandoc");
        var talk = new Talk
        {
            Title = "3D IgA-BEM for 2D Fredholm problems: a study of Bayesian GANs",
            Date = new TalkDate(2020, 3, 1),
            Authors = [new Person { Given = "Ada", Family = "Lovelace" }],
            Venue = "NeurIPS 2020",
            Source = new SourceLocation("t.md"),
        };
        using var dir = new TempDirectory();
        var json = dir.Write("talks.json", ExportRun.Text(new CslJsonExporter(), [talk]));
        var doc = dir.Write("d.md", "---\nnocite: \"@*\"\n---\n");
        List<string> args = [doc, "--citeproc", "--bibliography", json, "-t", "plain", "--wrap=none"];
        if (style is not null)
        {
            Assert.True(File.Exists(style), style);
            args.AddRange(["--csl", style]);
        }

        var result = ExternalTool.Run(pandoc, args);
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var kept in new[] { "3D", "IgA-BEM", "2D Fredholm", "Bayesian GANs" })
        {
            Assert.Contains(kept, result.StandardOutput, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("nocase", result.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Deep nets", "Deep nets")]
    [InlineData("3D IgA-BEM", "<span class=\"nocase\">3D</span> <span class=\"nocase\">IgA-BEM</span>")]
    [InlineData("Learning from (Bayesian) data. Then more", "Learning from <span class=\"nocase\">(Bayesian)</span> data. Then more")]
    [InlineData("deep learning", "deep learning")]
    public void Title_ProtectsOnlyWordsAStyleWouldChange(string title, string expected) =>
        Assert.Equal(expected, CslTitleText.Of(title));
}
