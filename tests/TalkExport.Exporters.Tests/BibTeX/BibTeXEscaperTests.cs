using TalkExport.Exporters.BibTeX.Text;

namespace TalkExport.Exporters.Tests.BibTeX;

public sealed class BibTeXEscaperTests
{
    [Theory]
    [InlineData("R&D at 50% for $5 #1 a_b", @"R\&D at 50\% for \$5 \#1 a\_b")]
    [InlineData(@"C:\Users ~ ^", @"C:{\textbackslash}Users {\textasciitilde} {\textasciicircum}")]
    [InlineData("a {b} c", @"a \{b\} c")]
    [InlineData("a { b", @"a {\textbraceleft} b")]
    [InlineData("a } b {", @"a {\textbraceright} b {\textbraceleft}")]
    [InlineData(@"\input{/etc/passwd}", @"{\textbackslash}input\{/etc/passwd\}")]
    [InlineData("  two\n lines\t", "two lines")]
    public void Escape_TeXSpecials_Escaped(string text, string expected) =>
        Assert.Equal(expected, BibTeXEscaper.Escape(text, CaseProtection.None, asciiAccents: false));

    [Theory]
    [InlineData("Uncertainty in deep learning", "Uncertainty in deep learning")]
    [InlineData("Convergence, generalization and privacy in GANs", "Convergence, generalization and privacy in {GANs}")]
    [InlineData("An introduction to Bayesian NLP.", "An introduction to {Bayesian} {NLP}.")]
    [InlineData("iPhone apps. Why not?", "{iPhone} apps. Why not?")]
    [InlineData("Deep learning: A survey", "Deep learning: {A} survey")]
    public void Escape_Title_ProtectsWholeWordsWithCapitalsBeyondSentenceStart(string text, string expected) =>
        Assert.Equal(expected, BibTeXEscaper.Escape(text, CaseProtection.Title, asciiAccents: false));

    [Fact]
    public void Escape_ProperNoun_ProtectsCapitalisedWordsNotPunctuation() =>
        Assert.Equal("{Learning} {Machines} {Seminars} at {RISE}, {Gothenburg}",
            BibTeXEscaper.Escape("Learning Machines Seminars at RISE, Gothenburg", CaseProtection.ProperNoun, asciiAccents: false));

    [Theory]
    [InlineData(true, @"{{\""O}sterg{\""o}tland} and {{\AA}ngstr{\""o}m} in {Malm{\""o}}, {\ss} {\ae}")]
    [InlineData(false, "Östergötland and {Ångström} in {Malmö}, ß æ")]
    public void Escape_Accents_CommandsInBracesAndCapitalisedWordProtected(bool ascii, string expected) =>
        Assert.Equal(expected, BibTeXEscaper.Escape("Östergötland and Ångström in Malmö, ß æ", CaseProtection.Title, ascii));

    [Fact]
    public void Escape_EmojiAndCjk_KeptAsUtf8InBothModes()
    {
        Assert.Equal("Deep 🤖 深度 التعلم", BibTeXEscaper.Escape("Deep 🤖 深度 التعلم", CaseProtection.Title, asciiAccents: true));
        Assert.Equal("Deep 🤖 深度 التعلم", BibTeXEscaper.Escape("Deep 🤖 深度 التعلم", CaseProtection.Title, asciiAccents: false));
    }

    [Theory]
    [InlineData("The <i>Bayesian</i> view", @"The {{\emph{Bayesian}}} view")]
    [InlineData("<em>deep and {GANs}</em> &amp; <b>more</b>", @"\emph{deep and \{{GANs}\}} \& \textbf{more}")]
    [InlineData("x < y <br/>z", "x < y z")]
    public void Escape_Html_EmphasisKeptTagsDroppedEntitiesDecoded(string text, string expected) =>
        Assert.Equal(expected, BibTeXEscaper.Escape(text, CaseProtection.Title, asciiAccents: false, html: true));

    [Fact]
    public void Escape_ControlCharacters_DroppedAndReported()
    {
        Assert.Equal("ab", BibTeXEscaper.Escape("a\u0007b", CaseProtection.None, false, false, out var dropped));
        Assert.True(dropped);
    }

    [Theory]
    [InlineData("‘quoted’ – “dash” — end…", "`quoted' -- ``dash'' --- end{\\ldots}")]
    public void Escape_TypographicPunctuation_AsTeXLigaturesInAsciiMode(string text, string expected) =>
        Assert.Equal(expected, BibTeXEscaper.Escape(text, CaseProtection.None, asciiAccents: true));
}
