using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX;
using TalkExport.Exporters.BibTeX.Text;
using TalkExport.Exporters.Tests.BibTeX.Reference;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>
/// The allocation-free escaper, names, URL checks, mapping and export against the code they
/// replaced (kept under Reference/): the same output, character for character, on random text.
/// </summary>
public sealed class BibTeXDifferentialTests
{
    public static TheoryData<int> Seeds { get; } = [1, 2, 3, 4];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Escape_RandomText_SameAsReference(int seed)
    {
        var random = new DifferentialText(seed);
        for (var n = 0; n < 3000; n++)
        {
            // Now and then a long value: more words and deeper braces than the scratch arrays start with.
            var text = random.Text(n % 25 == 0 ? 600 : 16);
            foreach (var protection in new[] { CaseProtection.None, CaseProtection.Title, CaseProtection.ProperNoun })
            {
                foreach (var ascii in new[] { true, false })
                {
                    foreach (var html in new[] { true, false })
                    {
                        var expected = ReferenceEscaper.Escape(text, protection, ascii, html, out var expectedDropped);
                        var actual = BibTeXEscaper.Escape(text, protection, ascii, html, out var dropped);
                        Assert.True(expected == actual, $"{protection} ascii={ascii} html={html} '{Show(text)}': expected '{expected}', got '{actual}'");
                        Assert.Equal(expectedDropped, dropped);
                    }
                }
            }
        }
    }

    [Fact]
    public void Escape_UnchangedText_ReturnsTheInputItself()
    {
        const string title = "Uncertainty in deep learning";
        Assert.Same(title, BibTeXEscaper.Escape(title, CaseProtection.Title, asciiAccents: true, html: true));
        Assert.NotSame(title, BibTeXEscaper.Escape(title + " GANs", CaseProtection.Title, asciiAccents: true, html: true));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NamesFormat_RandomPeople_SameAsReference(int seed)
    {
        var random = new DifferentialText(seed);
        for (var n = 0; n < 3000; n++)
        {
            var people = Enumerable.Range(0, n % 4).Select(_ => random.Person()).ToArray();
            foreach (var ascii in new[] { true, false })
            {
                var expected = ReferenceNames.Format(people, ascii);
                var actual = BibTeXNames.Format(people, ascii);
                Assert.True(expected == actual, $"ascii={ascii} [{string.Join(" | ", people.Select(p => Show(p.ToString())))}]: expected '{expected}', got '{actual}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Urls_RandomLinks_SameAsReference(int seed)
    {
        var random = new DifferentialText(seed);
        for (var n = 0; n < 5000; n++)
        {
            var url = n % 2 == 0 ? random.Text(6) : random.Link() ?? "";
            Assert.Equal(ReferenceUrls.IsSafeInNote(url), BibTeXUrls.IsSafeInNote(url));
            if (!string.IsNullOrWhiteSpace(url))
            {
                Assert.Equal(ReferenceUrls.ForUrlField(url), BibTeXUrls.ForUrlField(url));
            }
        }

        // Every single UTF-16 unit, alone and inside a URL.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var url = "https://example.org/" + (char)c + "x";
            Assert.Equal(ReferenceUrls.IsSafeInNote(url), BibTeXUrls.IsSafeInNote(url));
            Assert.Equal(ReferenceUrls.ForUrlField(url), BibTeXUrls.ForUrlField(url));
        }
    }

    [Fact]
    public void LatinToTeX_EveryCharacter_SameAsLatinLetters()
    {
        // The table is the only change in TeXCharacters: the rest of it reads LatinToTeX where it
        // called LatinLetters.ToTeX, so equal answers for every character mean equal output.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(LatinLetters.ToTeX((char)c), TeXCharacters.LatinToTeX((char)c));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FormatEntry_RandomTalks_SameTextAndWarningsAsReference(int seed)
    {
        var random = new DifferentialText(seed);
        var optionSets = new[]
        {
            BibTeXOptions.Default,
            BibTeXOptions.Default with { KeepUtf8 = true, Owner = "Anna van der Berg" },
            BibTeXOptions.Default with { Dialect = BibTeXDialect.BibLaTeX, Owner = "Ingrid Sjöberg" },
            BibTeXOptions.Default with { Dialect = BibTeXDialect.BibLaTeX, IgnoreTags = ["default", "ml", " x "] },
        };
        for (var n = 0; n < 1500; n++)
        {
            var talk = random.Talk(n);
            foreach (var options in optionSets)
            {
                var expectedEntry = ReferenceMapping.Map(talk, options);
                var warnings = new List<Diagnostic>();
                var actual = BibTeXExporter.FormatEntry(talk, options, warnings.Add);
                Assert.Equal(ReferenceSerializer.Write(expectedEntry), actual);
                Assert.Equal(expectedEntry.Warnings, warnings);
            }
        }
    }

    [Theory]
    [InlineData("bibtex")]
    [InlineData("biblatex")]
    public void Export_RandomTalks_SameBytesAndWarningsAsReference(string dialect)
    {
        var random = new DifferentialText(11);
        var talks = Enumerable.Range(0, 800).Select(random.Talk).ToArray();
        var warnings = new List<Diagnostic>();
        var context = new ExportContext
        {
            Settings = ExporterSettings.Empty.With(BibTeXExporter.DialectOption, dialect),
            Site = BibTeXFixtures.SiteInfo,
            Report = warnings.Add,
        };
        using var target = new MemoryOutputTarget();
        new BibTeXExporter().Export(talks, context, target);

        // As the exporter did before: every entry laid out as a string, then all written as UTF-8
        // (lone surrogates in the random text become U+FFFD in both).
        var keyed = CitationKeys.EnsureAssigned(talks, new CitationKeyOptions { Owner = BibTeXFixtures.SiteInfo.Owner });
        var options = BibTeXOptions.Default with { Dialect = BibTeXTestExports.Dialect(dialect), Owner = BibTeXFixtures.SiteInfo.Owner };
        var expected = keyed.Select(t => ReferenceMapping.Map(t, options)).ToArray();
        Assert.Equal(new UTF8Encoding(false).GetBytes(ReferenceSerializer.WriteAll(expected)), target.Bytes);
        Assert.Equal(expected.SelectMany(e => e.Warnings), warnings);
    }

    private static string Show(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
