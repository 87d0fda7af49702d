using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkExport.Core.Exporting;
using TalkExport.Exporters.Word;
using static TalkExport.Exporters.Tests.Word.WordTestSupport;

namespace TalkExport.Exporters.Tests.Word;

public sealed class DocxCvExporterTests
{
    public static TheoryData<string, string, string> OptionCombinations => new()
    {
        { "apa", "year", "" },
        { "chicago", "kind", "numbered" },
        { "cv", "none", "reverse-numbered" },
        { "apa", "kind", "reverse-numbered" },
        { "cv", "year", "numbered" },
    };

    [Theory]
    [MemberData(nameof(OptionCombinations))]
    public void Export_NewDocument_ValidatesWithoutErrors(string style, string groupBy, string numbering)
    {
        var settings = new List<(string, string[])> { ("style", [style]), ("group-by", [groupBy]) };
        if (numbering.Length > 0)
        {
            settings.Add((numbering, []));
        }

        var docx = Export([.. WordTalks.SeedLike, .. WordTalks.Hostile], [.. settings]);

        Assert.Empty(ValidationErrors(docx));
    }

    [Fact]
    public void Export_NoTalks_GivesValidDocumentWithHeadingOnly()
    {
        var docx = Export([]);

        Assert.Empty(ValidationErrors(docx));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal("Talks", document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single().InnerText);
    }

    [Fact]
    public void Export_TwiceAndShuffled_GivesIdenticalBytes()
    {
        var first = Export(WordTalks.SeedLike);
        var second = Export(WordTalks.SeedLike);
        var shuffled = Export([.. WordTalks.SeedLike.Reverse()]);

        Assert.Equal(first, second);
        Assert.Equal(first, shuffled);
    }

    [Fact]
    public void Export_Default_HasYearGroupsNewestFirstStylesListAndLinks()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Export(WordTalks.SeedLike)), false);
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Elements<Paragraph>().ToList();
        var styleOf = (Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

        Assert.Equal(["Talks"], paragraphs.Where(p => styleOf(p) == "Heading1").Select(p => p.InnerText));
        Assert.Equal(["2024", "2023", "2020"], paragraphs.Where(p => styleOf(p) == "Heading2").Select(p => p.InnerText));
        Assert.All(paragraphs.Where(p => styleOf(p) == "Heading2"), p => Assert.NotNull(p.ParagraphProperties!.KeepNext));
        var entries = paragraphs.Where(p => styleOf(p) == "ListParagraph").ToList();
        Assert.Equal(4, entries.Count);
        Assert.All(entries, p => Assert.NotNull(p.ParagraphProperties!.KeepLines));
        Assert.StartsWith("Mogren, O. (2020, November 5).", entries[2].InnerText, StringComparison.Ordinal);

        // Every style used exists, the list's numId is defined, abstractNum comes before num.
        var styleIds = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Heading1", "Heading2", "ListParagraph", "Hyperlink" }, styleIds);
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var numId = entries[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        Assert.Contains(numbering.Elements<NumberingInstance>(), n => n.NumberID!.Value == numId);
        var children = numbering.ChildElements.ToList();
        Assert.True(children.FindLastIndex(c => c is AbstractNum) < children.FindIndex(c => c is NumberingInstance));

        var links = main.Document.Descendants<Hyperlink>().ToList();
        Assert.Equal(5, links.Count);
        Assert.All(links, h => Assert.Equal("Hyperlink", h.Descendants<RunStyle>().Single().Val!.Value));
        Assert.All(links, h => Assert.Contains(main.HyperlinkRelationships, r => r.Id == h.Id!.Value));
        Assert.Equal(WordTalks.Seed.Links.Slides, main.HyperlinkRelationships.Single(r => r.Id == links[^3].Id!.Value).Uri.AbsoluteUri);
    }

    [Fact]
    public void Export_SpacesAroundRuns_ArePreserved()
    {
        var xml = DocumentXml(Export(WordTalks.SeedLike));

        Assert.DoesNotContain("<w:t>", xml, StringComparison.Ordinal);
        Assert.Contains("<w:t xml:space=\"preserve\"> (2020, November 5). </w:t>", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a4", 11906, 16838)]
    [InlineData("letter", 12240, 15840)]
    public void Export_Page_SetsSectionSize(string page, int width, int height)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Export(WordTalks.SeedLike, ("page", [page]))), false);
        var size = document.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;

        Assert.Equal((uint)width, size.Width!.Value);
        Assert.Equal((uint)height, size.Height!.Value);
    }

    [Fact]
    public void Export_ReverseNumbered_CountsDownAsPlainNumbers()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Export(WordTalks.SeedLike, ("reverse-numbered", []))), false);
        var entries = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "ListParagraph");

        Assert.Equal(["4.", "3.", "2.", "1."], entries.Select(p => p.Elements<Run>().First().InnerText));
    }

    [Fact]
    public void Export_HostileRecords_ReportsRemovedCharactersAndDroppedLinks()
    {
        var diagnostics = new List<TalkExport.Core.Model.Diagnostic>();
        var target = new MemoryTarget();
        new DocxCvExporter().Export(WordTalks.Hostile, new ExportContext { Site = new SiteInfo { Owner = WordTalks.Owner }, Report = diagnostics.Add }, target);
        var xml = DocumentXml(target.Bytes!);

        Assert.Empty(ValidationErrors(target.Bytes!));
        Assert.Contains(diagnostics, d => d.Code == WordDiagnosticCodes.LinkLeftOut && d.Message.Contains("javascript:alert(1)", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == WordDiagnosticCodes.CharactersRemoved && d.Path.EndsWith("hostile.md", StringComparison.Ordinal));
        Assert.DoesNotContain("javascript", xml, StringComparison.Ordinal);
        Assert.Contains("Bell and null tab here mojibake very long", xml, StringComparison.Ordinal);
        Assert.Contains("<w:rtl />", xml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("style", "harvard")]
    [InlineData("group-by", "month")]
    [InlineData("page", "a5")]
    public void Export_BadOption_ThrowsUsageBeforeWriting(string name, string value)
    {
        var target = new MemoryTarget();
        var context = new ExportContext { Settings = new ExporterSettings(new Dictionary<string, IReadOnlyList<string>> { [name] = [value] }) };

        var e = Assert.Throws<TalkExportException>(() => new DocxCvExporter().Export(WordTalks.SeedLike, context, target));
        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.False(target.Opened);
    }

    [Fact]
    public void Metadata_DeclaresIdExtensionAndIntoOption()
    {
        var exporter = new DocxCvExporter();

        Assert.Equal("docx", exporter.Id);
        Assert.Equal(".docx", exporter.Extension);
        Assert.True(exporter.IsBinary);
        Assert.True(exporter.Options.Single(o => o.Name == "into").NamesDocumentToUpdate);
        Assert.Equal(exporter.Options.Count, exporter.Options.Select(o => o.Name).Distinct().Count());
    }

    [Fact]
    public void Export_RandomUnicodeText_AlwaysSavesAndValidates()
    {
        // Fixed seed: a failure is reproducible. Text from every plane, controls and lone surrogates included.
        var random = new Random(20261126);
        string RandomText(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next(0, 0x10000))]);
        var talks = Enumerable.Range(0, 60).Select(i => WordTalks.Seed with
        {
            Title = RandomText(random.Next(0, 200)),
            Venue = RandomText(random.Next(0, 50)),
            Authors = [new TalkExport.Core.Model.Person { Given = RandomText(5), Family = RandomText(8) }, new TalkExport.Core.Model.Person { Given = "Olof", Family = "Mogren" }],
            Source = new TalkExport.Core.Model.SourceLocation($"talks/random-{i}.md"),
        }).ToList();

        foreach (var style in new[] { "apa", "chicago", "cv" })
        {
            Assert.Empty(ValidationErrors(Export(talks, ("style", [style]))));
        }
    }
}
