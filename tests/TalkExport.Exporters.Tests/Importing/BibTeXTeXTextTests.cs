using System.Text;
using TalkExport.Exporters.BibTeX.Importing;
using TalkExport.Exporters.BibTeX.Text;

namespace TalkExport.Exporters.Tests.Importing;

/// <summary>TeX in .bib values decoded to Unicode: every accent form, special letters, escapes, styling, and our own exporter's output back exactly.</summary>
public sealed class BibTeXTeXTextTests
{
    [Theory]
    [InlineData(@"Caf\'e", "Café")]
    [InlineData(@"Caf\'{e}", "Café")]
    [InlineData(@"Caf{\'e}", "Café")]
    [InlineData(@"Caf{\'{e}}", "Café")]
    [InlineData(@"G\""{o}del", "Gödel")]
    [InlineData(@"G{\""o}del", "Gödel")]
    [InlineData(@"Gar\c{c}on", "Garçon")]
    [InlineData(@"Gar\c c", "Garç")]
    [InlineData(@"\v{S}koda \v{s}", "Škoda š")]
    [InlineData(@"Erd\H{o}s", "Erdős")]
    [InlineData(@"Espa\~na", "España")]
    [InlineData(@"C\^ote", "Côte")]
    [InlineData(@"\=a", "ā")]
    [InlineData(@"\.z", "ż")]
    [InlineData(@"\u{a}", "ă")]
    [InlineData(@"\r{a}", "å")]
    [InlineData(@"\k{a}", "ą")]
    [InlineData(@"\`a", "à")]
    [InlineData(@"\'\i", "í")]
    [InlineData(@"\'{\i}", "í")]
    [InlineData(@"{\'{\^a}}", "ấ")]
    [InlineData(@"\={\""u}", "ǖ")]
    [InlineData(@"\'{\r{A}} \'{\AA} \'\aa", "Ǻ Ǻ ǻ")]
    [InlineData(@"\'q", "q\u0301")]
    [InlineData(@"Stra{\ss}e \ss x", "Straße ßx")]
    [InlineData(@"{\o} {\O} {\aa} {\AA} {\ae} {\AE} {\oe} {\OE} {\l} {\L} {\i} {\j}", "ø Ø å Å æ Æ œ Œ ł Ł ı ȷ")]
    [InlineData(@"R\&D 5\% \$3 \#1 a\_b \{x\}", "R&D 5% $3 #1 a_b {x}")]
    [InlineData(@"Dr.~Smith", "Dr.\u00A0Smith")]
    [InlineData("2019--2020 a---b a-b", "2019\u20132020 a\u2014b a-b")]
    [InlineData("``quoted'' `single' don't", "\u201Cquoted\u201D \u2018single' don't")]
    [InlineData(@"a\textendash b\textemdash c\textquoteright s", "a\u2013b\u2014c\u2019s")]
    [InlineData(@"\emph{Deep} \textit{learning} \textbf{for} \textsc{NLP}", "Deep learning for NLP")]
    [InlineData(@"See \url{https://x.org/a_b~c%20}", "See https://x.org/a_b~c%20")]
    [InlineData(@"\href{https://x.org}{the site}", "the site")]
    [InlineData("{GANs} for {Bayesian} {{NLP}}", "GANs for Bayesian NLP")]
    [InlineData("The $x^2$ and $\\alpha$ trick", "The x^2 and \\alpha trick")]
    [InlineData(@"{\textbackslash}{\textbraceleft}{\textbraceright}{\textasciitilde}{\textasciicircum}{\ldots}", "\\{}~^…")]
    [InlineData(@"\^{} \~{}", "^ ~")]
    [InlineData(@"\unknownmacro{kept text} \it plain", "kept text plain")]
    public void Decode_TeX_GivesUnicode(string tex, string expected) =>
        Assert.Equal(expected, TeXText.Decode(tex));

    [Theory]
    [InlineData(@"\input{/etc/passwd}", "/etc/passwd")]
    [InlineData(@"\write18{rm -rf ~}", "18rm -rf \u00A0")]
    [InlineData(@"\catcode`\@=11 \def\x{y}", "\u2018=11 y")]
    [InlineData(@"\immediate\write18{curl evil}", "18curl evil")]
    [InlineData(@"\csname end\endcsname", " end")]
    public void Decode_TeXInjection_IsHarmlessPlainText(string tex, string expected)
    {
        var text = TeXText.Decode(tex);
        Assert.Equal(expected, text);
        Assert.DoesNotContain('\\', text);
    }

    [Fact]
    public void Decode_DeepNestingAndUnbalanced_DoesNotCrash()
    {
        var deep = string.Concat(Enumerable.Repeat(@"\'{", 100_000)) + "e" + new string('}', 100_000);
        Assert.Equal("e", TeXText.Decode(deep)[^1..]);
        Assert.Equal("abc", TeXText.Decode(new string('{', 200_000) + "abc"));
        Assert.Equal("x", TeXText.Decode(@"x\"));
        Assert.Equal("$5", TeXText.Decode("$5"));
    }

    // What our exporter writes for every character of U+00A0–U+024F (accent commands in the bibtex
    // dialect, raw UTF-8 in biblatex and with --keep-utf8; with and without case-protecting braces)
    // decodes back to that character.
    [Theory]
    [InlineData(true, "None")]
    [InlineData(true, "Title")]
    [InlineData(true, "ProperNoun")]
    [InlineData(false, "None")]
    [InlineData(false, "Title")]
    public void Decode_ExporterEscapes_RoundTripLatin(bool asciiAccents, string protectionName)
    {
        var protection = Enum.Parse<CaseProtection>(protectionName);
        var failures = new StringBuilder();
        for (var c = '\u00A0'; c <= '\u024F'; c++)
        {
            foreach (var text in (string[])[$"a{c}b", $"{c}", $"Word {c}X {char.ToUpperInvariant(c)}{c}"])
            {
                var tex = BibTeXEscaper.Escape(text, protection, asciiAccents);
                var back = TeXText.Decode(tex);
                if (back != text)
                {
                    failures.Append($"U+{(int)c:X4} «{text}» → {tex} → «{back}»\n");
                }
            }
        }

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Fact]
    public void Decode_ExporterEscapes_RoundTripSpecials()
    {
        foreach (var text in (string[])[@"a\b {c} d}e{ 50% $x #1 a_b ~ ^ & – — “x” ‘y’ …", "{unbalanced", "x}"])
        {
            foreach (var ascii in (bool[])[true, false])
            {
                var tex = BibTeXEscaper.Escape(text, CaseProtection.Title, ascii);
                // The bibtex dialect writes ’ as ' (TeX's own apostrophe), read back as the ASCII apostrophe.
                var expected = ascii ? text.Replace('\u2019', '\'') : text;
                Assert.Equal(expected, TeXText.Decode(tex));
            }
        }
    }
}
