using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Template;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Template;

/// <summary>The built-in templates render, and what they render is what their consumers accept: the real moderncv class, pandoc.</summary>
public sealed class TemplateGalleryTests
{
    private static readonly Talk Specials = SampleTalks.Keynote with
    {
        Key = "specials",
        Title = "50% of R&D_costs: #1 {braces} ~tilde ^caret \\backslash $dollar *star* [bracket] <angle> @cite",
        Venue = "Invited talk, Workshop on \"Quotes\" & Ampersands",
        Kind = TalkKind.Invited,
        Date = new TalkDate(2016, 5, 4),
        EndDate = null,
        Links = new TalkLinks
        {
            Page = "https://ada.example.org/~ada/talks/a_b?x=1&y=50%25#top",
            Slides = "https://ada.example.org/files/$slides (v2).pdf",
        },
    };

    private static IReadOnlyList<Talk> Talks => [.. SampleTalks.Printable, Specials];

    [Fact]
    public void Gallery_ListsEveryEmbeddedTemplate()
    {
        var exporter = new TemplateExporter();

        Assert.Equal(["moderncv", "markdown-cv"], exporter.Gallery.Select(t => t.Name));
        Assert.All(exporter.Gallery, t => Assert.False(string.IsNullOrWhiteSpace(TemplateGallery.Text(t.Name))));
        Assert.Null(TemplateGallery.Text("talks.md.liquid"));
    }

    [Fact]
    public void BuiltInAndFile_BothGiven_UsageError()
    {
        var settings = ExporterSettings.Empty.With("builtin", "moderncv").With("template", "talks.liquid");

        var e = Assert.Throws<TalkExportException>(() => ExportRun.Text(new TemplateExporter(), Talks, settings));

        Assert.Equal(FailureKind.Usage, e.Kind);
    }

    [Fact]
    public void ModernCv_RealClass_CompilesAndShowsEveryTalkAndLink()
    {
        var pdflatex = ExternalTool.Require("pdflatex");
        var moderncv = ExternalTool.Run(ExternalTool.Require("kpsewhich"), ["moderncv.cls"]).StandardOutput.Trim();
        if (moderncv.Length == 0)
        {
            TestEnvironment.SkipOrFail<string>("the moderncv class is not installed (Debian texlive-latex-extra; .ci/run installs it).");
        }

        var body = Render("moderncv");
        Assert.Equal(Talks.Count, body.Split('\n').Count(l => l.StartsWith("\\cventry{", StringComparison.Ordinal)));
        Assert.Contains("\\cventry{2020}{Uncertainty in deep learning}{Learning Machines Seminars at Nordic Institute of Testing}{}{Seminar, 2020-11-05}", body, StringComparison.Ordinal);
        // The event already says "Invited talk": the kind is not repeated.
        Assert.Contains("{Invited talk, Workshop on \"Quotes\" \\& Ampersands}{Malmö, Sweden}{2016-05-04}", body, StringComparison.Ordinal);

        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("talks.tex"), body);
        // nosymbols: moderncv's default icons need fontawesome5 (texlive-fonts-extra, 500 MB), which
        // is the CV's choice, not the talks section's.
        File.WriteAllText(
            dir.Combine("cv.tex"),
            "\\documentclass[11pt,a4paper]{moderncv}\n\\moderncvstyle[nosymbols]{classic}\n\\moderncvcolor{blue}\n" +
            "\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n" +
            "\\name{Ada}{Lindqvist}\n\\begin{document}\n\\makecvtitle\n\\input{talks}\n\\end{document}\n");

        var result = ExternalTool.Run(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "cv.tex"], dir.Path);

        var log = File.Exists(dir.Combine("cv.log")) ? File.ReadAllText(dir.Combine("cv.log")) : "";
        Assert.True(result.ExitCode == 0, result.StandardOutput);
        Assert.DoesNotContain("\n! ", log, StringComparison.Ordinal);
        var text = ExternalTool.Run(ExternalTool.Require("pdftotext"), [dir.Combine("cv.pdf"), "-"]).StandardOutput;
        foreach (var talk in Talks)
        {
            Assert.Contains(talk.Title[..20], text, StringComparison.Ordinal);
        }

        Assert.Contains("$dollar *star* [bracket]", text, StringComparison.Ordinal);
        var urls = ExternalTool.Run(ExternalTool.Require("pdfinfo"), ["-url", dir.Combine("cv.pdf")]).StandardOutput;
        Assert.Contains("https://ada.example.org/%7Eada/talks/a_b?x=1&y=50%25#top", urls, StringComparison.Ordinal);
        Assert.Contains("https://ada.example.org/files/%24slides%20(v2).pdf", urls, StringComparison.Ordinal);
        Assert.Contains("https://www.youtube.com/watch?v=abc123", urls, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownCv_Pandoc_OneItemPerTalkTextAsWrittenAndLinks()
    {
        var pandoc = ExternalTool.Require("pandoc");
        var markdown = Render("markdown-cv");
        Assert.StartsWith("## Talks\n", markdown, StringComparison.Ordinal);

        var html = ExternalTool.Run(pandoc, ["-f", "markdown", "-t", "html", "--wrap=none"], stdin: markdown).StandardOutput;

        Assert.Equal(Talks.Count, CountOf(html, "<li>"));
        Assert.Contains("<h3 id=\"section\">2020</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<em>50% of R&amp;D_costs: #1 {braces} ~tilde ^caret \\backslash $dollar *star* [bracket] &lt;angle&gt; @cite</em>, Invited talk, Workshop", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://ada.example.org/~ada/talks/a_b?x=1&amp;y=50%25#top\">Page</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://ada.example.org/files/$slides%20(v2).pdf\">Slides</a>", html, StringComparison.Ordinal);
        Assert.Contains("With Ada Lindqvist, Nordic AI Consortium.", html, StringComparison.Ordinal);
        Assert.Contains("<em>Uncertainty in deep learning</em>, Seminar, Learning Machines Seminars", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string Render(string name) =>
        ExportRun.Text(new TemplateExporter(), Talks, ExporterSettings.Empty.With("builtin", name), SampleTalks.Site);
}
