using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Tests.Reading;

public sealed class PlainTextTests
{
    [Fact]
    public void HtmlConvert_ParagraphTags_SeparateParagraphs()
    {
        var text = HtmlText.Convert("First  line\nstill first.</p><p>Second &amp; last.");

        Assert.Equal("First line still first.\n\nSecond & last.", text.Text);
    }

    [Fact]
    public void HtmlConvert_BrokenEntity_IsLeftAsText() =>
        Assert.Equal("a &ltq; b &rtq; c < d", HtmlText.Convert("a &ltq; b &rtq; c &lt; d").Text);

    [Fact]
    public void HtmlConvert_IframeAndScript_AreDroppedAndEmbedsCollected()
    {
        var text = HtmlText.Convert("Before<iframe src='https://www.youtube.com/embed/abc'>fallback</iframe><script>alert('x')</script> after");

        Assert.Equal("Before after", text.Text);
        Assert.Equal(["https://www.youtube.com/embed/abc"], text.EmbeddedLinks);
    }

    [Fact]
    public void HtmlConvert_Links_AreCollectedInOrderWithEntitiesDecoded()
    {
        var text = HtmlText.Convert("See <a href=\"https://a.example/?x=1&amp;y=2\">A</a> and <A HREF='https://b.example'>B</A>.");

        Assert.Equal("See A and B.", text.Text);
        Assert.Equal(["https://a.example/?x=1&y=2", "https://b.example"], text.Links);
    }

    [Fact]
    public void HtmlConvert_StrayAngleBracket_IsText() => Assert.Equal("a < b and c <3", HtmlText.Convert("a < b and c <3").Text);

    [Fact]
    public void HtmlConvert_NewlineIsParagraph_SplitsOnSingleNewline() =>
        Assert.Equal("One.\n\nTwo.", HtmlText.Convert("One.\nTwo.", newlineIsParagraph: true).Text);

    [Fact]
    public void HtmlConvert_C1ControlCharacters_AreDropped() => Assert.Equal("Caf\u00e9", HtmlText.Convert("Caf\u0083\u00e9").Text);

    [Fact]
    public void MarkdownConvert_ParagraphsLinksAndEmphasis_BecomePlainText()
    {
        var text = MarkdownText.Convert("A *talk* about [deep learning](https://dl.example).\nSame paragraph.\n\n## Heading\n\n- item one\n- item two\n");

        Assert.Equal("A talk about deep learning. Same paragraph.\n\nHeading\n\nitem one\nitem two", text.Text);
        Assert.Equal(["https://dl.example"], text.Links);
    }

    [Fact]
    public void MarkdownConvert_BrokenEntity_IsLeftAsText() => Assert.Equal("x &ltq; y", MarkdownText.Convert("x &ltq; y").Text);

    [Fact]
    public void SingleLine_Whitespace_IsCollapsed() => Assert.Equal("A B C", TextCleaner.SingleLine(" A\n\tB   C \r\n"));

    [Theory]
    [InlineData("a\uFFFEb\uFFFFc", "abc")]
    [InlineData("a\uFEFFb", "ab")]
    [InlineData("a\x01\u0080\u009Fb", "ab")]
    [InlineData("smile \uD83D\uDE00 ok", "smile \uD83D\uDE00 ok")]
    [InlineData("\u4E2D\u6587 \uFF21", "\u4E2D\u6587 \uFF21")]
    public void SingleLine_XmlForbiddenCharacters_AreDropped(string text, string expected) => Assert.Equal(expected, TextCleaner.SingleLine(text));

    // Built in code: attribute arguments cannot hold an unpaired surrogate (it becomes U+FFFD).
    [Fact]
    public void SingleLine_UnpairedSurrogates_AreDropped() => Assert.Equal("abc", TextCleaner.SingleLine(string.Concat("a", "\uD800", "b", "\uDC00", "c")));

    [Fact]
    public void MarkdownConvert_XmlForbiddenCharacters_AreDropped() => Assert.Equal("ab\uD83D\uDE00", MarkdownText.Convert("a\uFFFE\uFEFFb\uD800\uD83D\uDE00").Text);

    [Fact]
    public void HtmlConvert_HugeInputWithStrayBrackets_IsLinear()
    {
        var html = string.Concat(Enumerable.Repeat("<a '", 200_000)) + new string('x', 1_000_000);

        var started = System.Diagnostics.Stopwatch.StartNew();
        HtmlText.Convert(html);

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
    }
}
