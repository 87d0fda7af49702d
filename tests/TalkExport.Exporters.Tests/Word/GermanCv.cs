using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TalkExport.Exporters.Tests.Word;

/// <summary>
/// A CV as German Word saves it: localized style ids ("berschrift1" named "heading 1"), its own
/// bullet list, a header, a footer with a PAGE field, Letter paper; X
/// by a <see cref="Marker"/>.
/// </summary>
public static class GermanCv
{
    public enum Marker
    {
        Control,
        InlineControl,
        Placeholder,
        Bookmark,
        None,
    }

    public static byte[] Create(Marker marker)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Standard", Default = true },
                Heading("berschrift1", "heading 1", 0),
                Heading("berschrift2", "heading 2", 1),
                new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Standard" }, new StyleParagraphProperties(new Indentation { Left = "720" }))
                { Type = StyleValues.Paragraph, StyleId = "Listenabsatz" });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "–" }, new LevelJustification { Val = LevelJustificationValues.Left }) { LevelIndex = 0 })
                { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(new Run(new Text("Erika Musterfrau \u2014 Lebenslauf"))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new Run(new Text("Seite ") { Space = SpaceProcessingModeValues.Preserve }), new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));

            var body = new Body(
                Para("berschrift1", "Erika Musterfrau"),
                Para(null, "Forscherin für maschinelles Lernen."),
                Para("berschrift1", "Kenntnisse"),
                Bullet("Python"),
                Bullet("Statistik"),
                Para("berschrift1", "Vorträge"));
            body.Append(marker switch
            {
                Marker.Control => [Control("Klicken Sie hier, um Text einzugeben.")],
                Marker.InlineControl => [new Paragraph(new SdtRun(
                    new SdtProperties(new Tag { Val = "talkexport:talks" }, new ShowingPlaceholder()),
                    new SdtContentRun(new Run(new Text("Hier Vorträge einfügen")))))],
                Marker.Placeholder => [new Paragraph(new Run(new Text("{{")), new Run(new RunProperties(new Bold()), new Text("tal")), new Run(new Text("ks}}")))],
                Marker.Bookmark => [new Paragraph(new BookmarkStart { Id = "7", Name = "talkexport_talks" }, new BookmarkEnd { Id = "7" })],
                _ => Array.Empty<OpenXmlElement>(),
            });
            body.Append(
                Para("berschrift1", "Publikationen"),
                Para(null, "Musterfrau, E. (2021). Ein Beispiel. Zeitschrift, 1(2), 3\u20134."),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                    new PageSize { Width = 12240, Height = 15840 },
                    new PageMargin { Top = 1000, Right = 1000, Bottom = 1000, Left = 1000, Header = 500, Footer = 500, Gutter = 0 }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Style Heading(string id, string name, int level) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Standard" },
        new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level }),
        new StyleRunProperties(new Bold(), new Color { Val = "2F5496" }, new FontSize { Val = level == 0 ? "30" : "24" }))
    { Type = StyleValues.Paragraph, StyleId = id };

    private static Paragraph Para(string? style, string text) => new(new Run(new Text(text)))
    {
        ParagraphProperties = style is null ? null : new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } },
    };

    private static Paragraph Bullet(string text) => new(new Run(new Text(text)))
    {
        ParagraphProperties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = "Listenabsatz" },
            NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }),
        },
    };

    private static SdtBlock Control(string placeholderText) => new(
        new SdtProperties(new SdtAlias { Val = "Vorträge" }, new Tag { Val = "talkexport:talks" }, new SdtId { Val = 123456 }, new ShowingPlaceholder()),
        new SdtContentBlock(new Paragraph(new Run(new Text(placeholderText)))));
}
