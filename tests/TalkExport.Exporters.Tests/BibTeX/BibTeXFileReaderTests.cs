using TalkExport.Exporters.BibTeX.Reading;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>The small .bib reader behind <c>--exclude</c>: the shapes other programs write.</summary>
public sealed class BibTeXFileReaderTests
{
    [Fact]
    public void Read_OrcidStoredCitation_CompactAndKeyless()
    {
        var entries = BibTeXFileReader.Read("@misc{k1,title={A {B} c},year={2020},month={nov}}\n@misc{title={Only fields},year={2021}}\n");

        Assert.Equal(2, entries.Count);
        Assert.Equal(("misc", "k1", "A {B} c", "2020", "nov"), (entries[0].Type, entries[0].Key, entries[0]["title"], entries[0]["year"], entries[0]["month"]));
        Assert.Equal(("", "Only fields", 2), (entries[1].Key, entries[1]["TITLE"], entries[1].Line));
    }

    [Fact]
    public void Read_QuotesNumbersMacrosConcatenationParenthesesCommentsAndFreeText()
    {
        var entries = BibTeXFileReader.Read("""
            Exported by someone@example.org
            @comment{ignored {nested} text}
            @string{conf = "Nordic Conference"}
            @preamble{"\newcommand{\x}{y}"}
            @InProceedings(k2,
              title = "Quoted {with braces} and \"escapes\"",
              booktitle = conf # ", " # {Malmö},
              year = 2019, month = jun,
            )
            """);

        var entry = Assert.Single(entries);
        Assert.Equal("inproceedings", entry.Type);
        Assert.Equal("Quoted {with braces} and \\\"escapes\\\"", entry["title"]);
        Assert.Equal("Nordic Conference, Malmö", entry["booktitle"]);
        Assert.Equal("2019", entry["year"]);
        Assert.Equal("june", entry["month"]);
        Assert.Equal(5, entry.Line);
    }

    [Theory]
    [InlineData("@misc{a, title = {x}} extra }")]
    [InlineData("@misc{a, title = {\\{ escaped brace}}")]
    public void Read_ForgivesWhatOrcidsParserForgives(string text)
    {
        Assert.Single(BibTeXFileReader.Read(text));
    }

    [Theory]
    [InlineData("@misc{a,\n title = {x}\n year = {1}}", 3)]
    [InlineData("@misc{a,\n title {x}}", 2)]
    [InlineData("@misc{a,\n title = {x}}}\n@misc{b,\n title = \"open}", 4)]
    public void Read_Malformed_ThrowsWithTheLine(string text, int line)
    {
        var e = Assert.Throws<BibTeXSyntaxException>(() => BibTeXFileReader.Read(text));

        Assert.Equal(line, e.Line);
    }

    [Fact]
    public void WorksOnRecord_MatchesTitleIgnoringCaseAccentsPunctuationAndTeX_AndTheYear()
    {
        var works = WorksOnRecord.FromText("@misc{a,title={{\\\"O}sterg{\\\"o}tland: Stra{\\ss}e \\& co.},year={2020}}");
        Core.Model.Talk Talk(string title, int year) => new() { Title = title, Date = new Core.Model.TalkDate(year), Source = new Core.Model.SourceLocation("t.md") };

        Assert.Equal(1, works.Count);
        Assert.True(works.Contains(Talk("östergötland — STRASSE & Co", 2020)), "folded");
        Assert.True(works.Contains(Talk("Östergötland: Straße & co.", 2020)), "same");
        Assert.False(works.Contains(Talk("Östergötland: Straße & co.", 2021)));
        Assert.False(works.Contains(Talk("Östergötland: Straße", 2020)));
    }
}
