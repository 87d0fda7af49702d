using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkExport.Core.Exporting;
using TalkExport.Testing;
using static TalkExport.Exporters.Tests.Word.WordTestSupport;

namespace TalkExport.Exporters.Tests.Word;

public sealed class DocxIntoTests
{
    [Theory]
    [InlineData(GermanCv.Marker.Control)]
    [InlineData(GermanCv.Marker.InlineControl)]
    [InlineData(GermanCv.Marker.Placeholder)]
    [InlineData(GermanCv.Marker.Bookmark)]
    public void Into_GermanCv_KeepsStylesNumberingHeaderFooterAndPageSetup(GermanCv.Marker marker)
    {
        var cv = GermanCv.Create(marker);
        var updated = Into(cv, WordTalks.SeedLike);
        var before = Parts(cv);
        var after = Parts(updated);

        Assert.True(ValidationErrors(updated).Count <= ValidationErrors(cv).Count, string.Join("\n", ValidationErrors(updated)));
        foreach (var name in before.Keys.Where(k => k.Contains("header", StringComparison.Ordinal) || k.Contains("footer", StringComparison.Ordinal)))
        {
            Assert.Equal(before[name], after[name]);
        }

        using var original = Open(cv);
        using var result = Open(updated);
        var body = result.MainDocumentPart!.Document!.Body!;
        Assert.Equal(original.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!.OuterXml, body.GetFirstChild<SectionProperties>()!.OuterXml);

        // The CV's own styles are used, not duplicated; only the missing Hyperlink style is added.
        var styles = result.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        foreach (var style in original.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>())
        {
            Assert.Contains(styles, s => s.OuterXml == style.OuterXml);
        }

        Assert.Single(styles, s => s.StyleName!.Val == "heading 2");
        Assert.Single(styles, s => s.StyleName!.Val == "Hyperlink");
        var control = body.Descendants<SdtBlock>().Single(s => s.SdtProperties!.GetFirstChild<Tag>()!.Val == "talkexport:talks");
        var inside = control.SdtContentBlock!.Elements<Paragraph>().ToList();
        Assert.Equal(["2024", "2023", "2020"], inside.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "berschrift2").Select(p => p.InnerText));
        Assert.Equal(4, inside.Count(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Listenabsatz"));
        Assert.Null(control.SdtProperties!.GetFirstChild<ShowingPlaceholder>());

        // The CV's list keeps its numId 1 and definition; the talks get fresh ids.
        var numbering = result.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
        Assert.Equal(
            original.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Elements<AbstractNum>().Single().OuterXml,
            numbering.Elements<AbstractNum>().First().OuterXml);
        Assert.Equal([1, 2], numbering.Elements<NumberingInstance>().Select(n => n.NumberID!.Value));
        Assert.Equal(2, inside.First(p => p.ParagraphProperties?.NumberingProperties is not null).ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value);
        Assert.Equal(2, body.Elements<Paragraph>().Count(p => p.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value == 1));

        // Text outside the control is as it was.
        Assert.Equal(TextOutsideControl(original), TextOutsideControl(result));
    }

    [Theory]
    [InlineData(GermanCv.Marker.Control)]
    [InlineData(GermanCv.Marker.InlineControl)]
    [InlineData(GermanCv.Marker.Placeholder)]
    [InlineData(GermanCv.Marker.Bookmark)]
    public void Into_SecondRun_GivesTheSameDocument(GermanCv.Marker marker)
    {
        var once = Into(GermanCv.Create(marker), WordTalks.SeedLike);
        var twice = Into(once, WordTalks.SeedLike);

        Assert.Equal(Parts(once), Parts(twice));
        using var result = Open(twice);
        var text = result.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Uncertainty in deep learning"));
        Assert.Equal(5, result.MainDocumentPart.HyperlinkRelationships.Count());
    }

    [Fact]
    public void Into_FewerTalksLater_RemovesTheOldLinksAndList()
    {
        var once = Into(GermanCv.Create(GermanCv.Marker.Control), WordTalks.SeedLike, ("numbered", []));
        var later = Into(once, [WordTalks.Seed]);

        using var result = Open(later);
        var main = result.MainDocumentPart!;
        Assert.Equal(3, main.HyperlinkRelationships.Count());
        Assert.Equal([1, 2], main.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Select(n => n.NumberID!.Value));
        Assert.Equal(NumberFormatValues.Bullet, main.NumberingDefinitionsPart.Numbering.Elements<AbstractNum>().Last().Descendants<NumberingFormat>().Single().Val!.Value);
        Assert.True(ValidationErrors(later).Count <= ValidationErrors(GermanCv.Create(GermanCv.Marker.Control)).Count);
    }

    [Fact]
    public void Into_CreateControlAfterHeading_InsertsAfterThatHeading()
    {
        var updated = Into(GermanCv.Create(GermanCv.Marker.None), [WordTalks.Seed], ("create-control-after-heading", ["Vorträge"]));

        using var result = Open(updated);
        var control = result.MainDocumentPart!.Document!.Body!.Elements<SdtBlock>().Single();
        Assert.Equal("Vorträge", ((Paragraph)control.PreviousSibling()!).InnerText);
        Assert.Contains("Uncertainty in deep learning", control.InnerText, StringComparison.Ordinal);
        Assert.Equal(Parts(updated), Parts(Into(updated, [WordTalks.Seed], ("create-control-after-heading", ["Vorträge"]))));
    }

    [Fact]
    public void Into_NoPlaceMarked_ThrowsUsageAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("cv.docx");
        var cv = GermanCv.Create(GermanCv.Marker.None);
        File.WriteAllBytes(path, cv);
        var target = new MemoryTarget();
        var context = new ExportContext { Settings = new ExporterSettings(new Dictionary<string, IReadOnlyList<string>> { ["into"] = [path] }) };

        var e = Assert.Throws<TalkExportException>(() => new TalkExport.Exporters.Word.DocxCvExporter().Export(WordTalks.SeedLike, context, target));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Contains("Tag: talkexport:talks", e.Message, StringComparison.Ordinal);
        Assert.Contains("{{talks}}", e.Message, StringComparison.Ordinal);
        Assert.False(target.Opened);
        Assert.Equal(cv, File.ReadAllBytes(path));
    }

    [Fact]
    public void Into_NotAWordDocument_ThrowsUsage()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("cv.docx");
        File.WriteAllText(path, "not a zip");
        var context = new ExportContext { Settings = new ExporterSettings(new Dictionary<string, IReadOnlyList<string>> { ["into"] = [path] }) };

        var e = Assert.Throws<TalkExportException>(() => new TalkExport.Exporters.Word.DocxCvExporter().Export(WordTalks.SeedLike, context, new MemoryTarget()));
        Assert.Equal(FailureKind.Usage, e.Kind);
    }

    [Fact]
    public void Into_InlineControlInsideText_ThrowsUsageSayingWhy()
    {
        // A control in the middle of a sentence ("Erika Musterfrau[hier]").
        using var stream = new MemoryStream();
        stream.Write(GermanCv.Create(GermanCv.Marker.None));
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            body.Elements<Paragraph>().First().Append(new SdtRun(
                new SdtProperties(new Tag { Val = "talkexport:talks" }),
                new SdtContentRun(new Run(new Text("hier")))));
        }

        var e = Assert.Throws<TalkExportException>(() => Into(stream.ToArray(), WordTalks.SeedLike));
        Assert.Contains("inside a line of text", e.Message, StringComparison.Ordinal);
    }

    private static byte[] Into(byte[] cv, IReadOnlyList<TalkExport.Core.Model.Talk> talks, params (string Name, string[] Values)[] settings)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("cv.docx");
        File.WriteAllBytes(path, cv);
        var result = Export(talks, [("into", [path]), .. settings]);
        Assert.Equal(cv, File.ReadAllBytes(path));
        return result;
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static List<string> TextOutsideControl(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Where(p => !p.Descendants<SdtRun>().Any()).Select(p => p.InnerText).Where(t => t.Length > 0 && !t.Contains("talks", StringComparison.Ordinal))];
}
