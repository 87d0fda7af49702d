using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX;
using TalkExport.Exporters.BibTeX.Text;
using TalkExport.Exporters.Tests.BibTeX.Reference;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>
/// The allocation-free escaper and name lists against the algorithms they replaced (kept under
/// Reference/): the same output, character for character, on random text. The URL checks against
/// the rule they implement, and the parallel export against the one-entry API.
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
    public void Urls_RandomLinks_FollowTheirRule(int seed)
    {
        var random = new DifferentialText(seed);
        for (var n = 0; n < 5000; n++)
        {
            CheckUrl(n % 2 == 0 ? random.Text(6) : random.Link() ?? "");
        }

        // Every single UTF-16 unit, alone and inside a URL.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            CheckUrl(((char)c).ToString());
            CheckUrl("https://example.org/" + (char)c + "x");
        }
    }

    // The rules as the doc comments state them, one character at a time.
    private static bool VerbatimInUrl(char c) => c > ' ' && c < 0x7f && c is not ('{' or '}' or '\\');

    private static bool SafeInNote(char c) => VerbatimInUrl(c) && c is not ('%' or '#' or '^');

    private static void CheckUrl(string url)
    {
        Assert.Equal(url.Length > 0 && url.All(SafeInNote), BibTeXUrls.IsSafeInNote(url));
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }

        var trimmed = url.Trim();
        var field = BibTeXUrls.ForUrlField(url);
        if (trimmed.All(VerbatimInUrl))
        {
            Assert.Equal(trimmed, field);
            return;
        }

        // Otherwise every unsafe UTF-8 byte is percent-encoded and nothing else changes.
        var expected = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(trimmed))
        {
            expected.Append(VerbatimInUrl((char)b) ? ((char)b).ToString() : $"%{b:X2}");
        }

        Assert.Equal(expected.ToString(), field);
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
    [InlineData("bibtex")]
    [InlineData("biblatex")]
    public void Export_RandomTalks_SameBytesAndWarningsAsOneEntryAtATime(string dialect)
    {
        // 800 talks are 25 runs of entries, laid out in parallel and written as they are ready.
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

        // What fill-bibtex and the ORCID citation use, one entry at a time, in talk order, laid out
        // as BibTeXSerializer documents it (a blank line between entries, a final newline) and
        // written as UTF-8 (lone surrogates in the random text become U+FFFD in both).
        var keyed = CitationKeys.EnsureAssigned(talks, new CitationKeyOptions { Owner = BibTeXFixtures.SiteInfo.Owner });
        var options = BibTeXOptions.Default with { Dialect = BibTeXTestExports.Dialect(dialect), Owner = BibTeXFixtures.SiteInfo.Owner };
        var expectedWarnings = new List<Diagnostic>();
        var entries = keyed.Select(t => BibTeXExporter.FormatEntry(t, options, expectedWarnings.Add) + "\n");
        Assert.Equal(new UTF8Encoding(false).GetBytes(string.Join("\n", entries)), target.Bytes);
        Assert.Equal(expectedWarnings, warnings);
        Assert.NotEmpty(warnings);
    }

    private static string Show(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
