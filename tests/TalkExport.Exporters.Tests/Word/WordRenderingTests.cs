using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Word;

/// <summary>What LibreOffice renders (pdftotext) and what pandoc reads back from the documents of <see cref="RenderedDocuments"/>.</summary>
public sealed class WordRenderingTests(RenderedDocuments rendered) : IClassFixture<RenderedDocuments>
{
    private const string SeedSlides = "[Slides](https://olofmogren.github.io/talks/slides/mogren-2020-11-05-uncertainty-in-deep-learning.pdf)";

    public static TheoryData<string, string, string> SeedEntries => new()
    {
        {
            "apa",
            "Mogren, O. (2020, November 5). Uncertainty in deep learning [Seminar presentation]. Learning Machines Seminars at RISE Research Institutes of Sweden. Slides · Video · Event",
            "-   **Mogren, O.** (2020, November 5). *Uncertainty in deep learning* \\[Seminar presentation\\]. Learning Machines Seminars at RISE Research Institutes of Sweden. " + SeedSlides
        },
        {
            "chicago",
            "Mogren, Olof. 2020. “Uncertainty in Deep Learning.” Seminar presented at Learning Machines Seminars at RISE Research Institutes of Sweden, November 5. Slides · Video · Event",
            "-   **Mogren, Olof**. 2020. “Uncertainty in Deep Learning.” Seminar presented at Learning Machines Seminars at RISE Research Institutes of Sweden, November 5. " + SeedSlides
        },
        {
            "cv",
            "Uncertainty in deep learning. Learning Machines Seminars at RISE Research Institutes of Sweden, Nov 2020. Slides · Video · Event",
            "-   *Uncertainty in deep learning.* Learning Machines Seminars at RISE Research Institutes of Sweden, Nov 2020. " + SeedSlides
        },
    };

    [Theory]
    [MemberData(nameof(SeedEntries))]
    public void Style_SeedTalk_RendersWithItsSpacesAndReadsBackFormatted(string style, string text, string markdown)
    {
        var (pdf, md, _) = rendered.View(style);

        Assert.Contains("• " + text, RenderedDocuments.Flow(pdf), StringComparison.Ordinal);
        Assert.Contains(markdown, md, StringComparison.Ordinal);
        Assert.Contains("[Video](https://www.youtube.com/watch?v=mQHO8M582sg&list=PLqLiVcF3GKy1tuQFoDu5QKOM6S33t_4R1&index=3)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Styles_SameTalks_GiveThreeDifferentDocuments()
    {
        var texts = new[] { "apa", "chicago", "cv" }.Select(s => rendered.View(s).Markdown).ToList();

        Assert.Equal(3, texts.Distinct().Count());
    }

    [Theory]
    [InlineData("apa")]
    [InlineData("chicago")]
    [InlineData("cv")]
    public void Style_YearGroups_AreHeadingsNewestFirstOverABulletList(string style)
    {
        var (pdf, md, info) = rendered.View(style);

        Assert.Matches(@"^# Talks\n\n## 2024\n\n-   [^\n]+\n\n## 2023\n\n-   [^\n]+\n\n## 2020\n\n-   [^\n]+\n\n-   [^\n]+\n$", md);
        Assert.Matches(@"(?s)^Talks\n\n2024\n• .*\n2023\n• .*\n2020\n• .*\n• ", pdf.Replace("   ", " ", StringComparison.Ordinal).Replace("  ", " ", StringComparison.Ordinal));
        Assert.Contains("(A4)", info, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_KindGroups_NumbersContinueAcrossGroups()
    {
        var (pdf, md, _) = rendered.View("numbered-kind");

        Assert.Matches(@"^# Talks\n\n## Keynotes\n\n1\.  [^\n]+\n\n## Contributed talks\n\n2\.  [^\n]+\n\n## Seminars\n\n3\.  [^\n]+\n\n## Lectures\n\n4\.  [^\n]+\n$", md);
        Assert.Contains("3. Mogren, O. (2020, November 5). Uncertainty in deep learning", RenderedDocuments.Flow(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void ReverseNumbered_Letter_CountsDownOnLetterPaper()
    {
        var (pdf, _, info) = rendered.View("reverse-letter");
        var flow = RenderedDocuments.Flow(pdf);

        Assert.Contains("Talks 4. Self-supervised learning of sea ice charts. Maja Lindqvist, O. Mogren, and Jan- Erik van der Berg.", flow, StringComparison.Ordinal);
        Assert.Contains("Sweden, May 2023. Video 2. Uncertainty in deep learning.", flow, StringComparison.Ordinal);
        Assert.Contains("Slides · Video · Event 1. Recurrent networks and sequence labelling.", flow, StringComparison.Ordinal);
        Assert.Contains("(letter)", info, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_ControlCharsLongTitlesRtlAndCjk_RenderAndReadBack()
    {
        var (pdf, md, _) = rendered.View("hostile");
        // Compared without whitespace: where the lines wrap depends on the installed fonts. The
        // .docx itself (md, through pandoc) is checked with its spaces.
        var flow = RenderedDocuments.Unwrapped(pdf);

        Assert.Contains(RenderedDocuments.Unwrapped("Mogren, O., & Consortium with junk. (2022, March 1). Bell and null tab here mojibake very long title words"), flow, StringComparison.Ordinal);
        Assert.Contains(RenderedDocuments.Unwrapped("very long title words [Presentation]. Spaces around. Video · Event"), flow, StringComparison.Ordinal);
        Assert.Contains(RenderedDocuments.Unwrapped("张伟, & Mogren, O. (2022, June). 深度学习中的不确定性 [Presentation]. 示例大学"), flow, StringComparison.Ordinal);
        Assert.Contains("张伟, & **Mogren, O.** (2022, June).", md, StringComparison.Ordinal);
        Assert.Contains("深度学习中的不确定性", md, StringComparison.Ordinal);
        Assert.Contains("למידה עמוקה למתחילים", md, StringComparison.Ordinal);
        Assert.Contains("مقدمة في التعلم العميق", md, StringComparison.Ordinal);
        Assert.Contains("[Video](https://example.org/a%20b?x=%3Cy%3E&z=%22q%22) · [Event](mailto:talks@example.org)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", md, StringComparison.Ordinal);
        Assert.Equal(4, md.Split('\n').Count(l => l.Length > 3 && char.IsDigit(l[0]) && l[1..].StartsWith(".  ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Into_GermanCv_KeepsHeaderFooterPageFieldAndOwnList()
    {
        var (pdf, md, info) = rendered.View("into");
        var flow = RenderedDocuments.Flow(pdf);

        Assert.StartsWith("Erika Musterfrau — Lebenslauf Erika Musterfrau Forscherin für maschinelles Lernen. Kenntnisse – Python – Statistik Vorträge 2024 • Lindqvist", flow.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("Publikationen Musterfrau, E. (2021). Ein Beispiel. Zeitschrift, 1(2), 3–4. Seite 1", flow, StringComparison.Ordinal);
        Assert.Contains("(letter)", info, StringComparison.Ordinal);
        Assert.Contains("# Kenntnisse\n\n-   Python\n\n-   Statistik\n\n# Vorträge\n\n## 2024\n\n-   Lindqvist, M., **Mogren, O.**", md, StringComparison.Ordinal);
        Assert.Contains("## 2020\n\n-   **Mogren, O.** (2020, November 5). *Uncertainty in deep learning*", md, StringComparison.Ordinal);
        Assert.Contains("\n\n# Publikationen\n\nMusterfrau, E. (2021).", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Into_PandocMadeCv_ErrorCountDoesNotGrowAndListLandsInPlace()
    {
        var (pdf, md, _) = rendered.View("into-pandoc");

        Assert.True(WordTestSupport.ValidationErrors(rendered.Docx("into-pandoc")).Count <= WordTestSupport.ValidationErrors(rendered.Docx("pandoc-cv")).Count);
        Assert.Contains("# Talks\n\n## 2024\n\n-   Lindqvist", md, StringComparison.Ordinal);
        Assert.Contains("# Teaching\n\n-   Course A\n-   Course B", md, StringComparison.Ordinal);
        Assert.DoesNotContain("{{talks}}", md, StringComparison.Ordinal);
        Assert.Contains("Talks 2024 • Lindqvist, M., Mogren, O., & van der Berg, J.-E. (2024, May 7–11).", RenderedDocuments.Flow(pdf), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SeedSiteWordTests.SeedEntries), MemberType = typeof(SeedSiteWordTests))]
    public void SeedSite_Style_RendersSeedEntryUnderYearsNewestFirst(string style, string seedEntry)
    {
        TestEnvironment.RequireSeedSite();
        var (pdf, md, _) = rendered.View("seed-" + style);
        var flow = RenderedDocuments.Flow(pdf);

        Assert.Contains("• " + seedEntry, flow, StringComparison.Ordinal);
        Assert.StartsWith("# Talks\n\n## 2023\n\n-   ", md, StringComparison.Ordinal);
        var years = System.Text.RegularExpressions.Regex.Matches(md, @"^## (\d{4})$", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["2023", "2021", "2020", "2019", "2018", "2017", "2016", "2015", "2014"], years);
        Assert.Contains("[Slides](https://olofmogren.github.io/talks/slides/mogren-2020-11-05-uncertainty-in-deep-learning.pdf)", md, StringComparison.Ordinal);
    }
}
