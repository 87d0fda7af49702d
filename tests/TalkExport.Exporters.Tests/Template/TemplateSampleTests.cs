using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Template;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Template;

/// <summary>The shipped samples/templates render, and their output is what their consumers accept.</summary>
public sealed class TemplateSampleTests
{
    private static readonly Talk LatexHostile = SampleTalks.Keynote with
    {
        Key = "latexhostile",
        Title = "50% of R&D_costs: #1 {braces} ~tilde ^caret \\backslash $dollar",
        Venue = "Workshop on \"Quotes\" & Ampersands",
        Date = new TalkDate(2016, 5, 4),
        EndDate = null,
    };

    [Fact]
    public void TalksMarkdown_SampleTalks_YearHeadingsAndOneItemPerTalk()
    {
        var text = Render("talks.md.liquid", SampleTalks.Printable);

        Assert.StartsWith("---\nlayout: page\ntitle: Talks\n---\n", text, StringComparison.Ordinal);
        Assert.Contains("\n## 2020\n\n* **Uncertainty in deep learning**, Learning Machines Seminars at Nordic Institute of Testing, 2020-11-05. [Page](https://ada.example.org/talks/2020/uncertainty-in-deep-learning/) [Slides](https://ada.example.org/talks/slides/uncertainty.pdf) [Video](https://www.youtube.com/watch?v=abc123)\n", text, StringComparison.Ordinal);
        Assert.Contains("\n## 2019\n\n* **Learning from few examples: a keynote**, Scandinavian Conference on Machine Learning, Malmö, Sweden, 2019-06-03 to 2019-06-05.\n", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split('\n').Count(l => l.StartsWith("* **", StringComparison.Ordinal)));
        GoldenFile.AssertMatches("tests/TalkExport.Exporters.Tests/Golden/template/talks.md", text);
    }

    [Fact]
    public void CvItems_PrintableAndLatexSpecials_CompilesWithPdflatex()
    {
        var pdflatex = ExternalTool.Require("pdflatex");
        var body = Render("cvitems.tex.liquid", [.. SampleTalks.Printable, LatexHostile]);
        Assert.Contains("\\cvitem{2020}{Uncertainty in deep learning, \\emph{Learning Machines Seminars at Nordic Institute of Testing} (seminar).}", body, StringComparison.Ordinal);
        Assert.Equal(4, body.Split('\n').Count(l => l.StartsWith("\\cvitem{", StringComparison.Ordinal)));
        GoldenFile.AssertMatches("tests/TalkExport.Exporters.Tests/Golden/template/cvitems.tex", body);

        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("talks.tex"), body);
        // moderncv is not installed everywhere; \cvitem is defined the way a CV class would.
        File.WriteAllText(
            dir.Combine("cv.tex"),
            "\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage{lmodern}\n" +
            "\\newcommand{\\cvitem}[2]{\\par\\noindent\\textbf{#1}\\quad #2}\n" +
            "\\begin{document}\\input{talks}\\end{document}\n");

        var result = ExternalTool.Run(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "cv.tex"], dir.Path);

        var log = File.Exists(dir.Combine("cv.log")) ? File.ReadAllText(dir.Combine("cv.log")) : "";
        Assert.True(result.ExitCode == 0, result.StandardOutput);
        Assert.DoesNotContain("\n! ", log, StringComparison.Ordinal);
        var text = ExternalTool.Run(ExternalTool.Require("pdftotext"), [dir.Combine("cv.pdf"), "-"]).StandardOutput;
        Assert.Contains("50% of R&D_costs: #1 {braces}", text, StringComparison.Ordinal);
        Assert.Contains("$dollar", text, StringComparison.Ordinal);
        Assert.Contains("Malmö, Sweden", text, StringComparison.Ordinal);
    }

    private static string Render(string sample, IReadOnlyList<Talk> talks)
    {
        var path = Path.Combine(TestEnvironment.RepositoryRoot, "samples", "templates", sample);
        return ExportRun.Text(new TemplateExporter(), talks, ExporterSettings.Empty.With("template", path));
    }
}
