using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkExport.Core.Exporting;
using TalkExport.Exporters.Word.Layout;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>Builds a complete new document: defaults and styles, the list, and an A4 or Letter section.</summary>
internal static class DocxDocumentFactory
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Create(IReadOnlyList<CvGroup> groups, DocxCvOptions options)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids: the SDK's own are random, which would make every run differ.
            var main = document.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = BaseStyles();
            var ids = WordStyles.Ensure(main);
            var numId = options.Numbering == CvNumbering.ReverseNumbered ? 0 : WordNumbering.Add(main, options.Numbering == CvNumbering.Numbered);
            WriteDocument(main, new CvBodyWriter(ids, new HyperlinkRegistry(main), options.Numbering, numId).Write(groups, options.Heading), Section(options.Letter));
        }

        return DeterministicZip.Normalize(stream);
    }

    /// <summary>A new document holding the report section of <paramref name="talks"/> (<see cref="DocxReportSection"/>).</summary>
    public static byte[] CreateReport(IReadOnlyList<Core.Model.Talk> talks, DocxCvOptions options)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = BaseStyles();
            var ids = WordStyles.Ensure(main);

            // Built before the document part is written: the section adds the chart part.
            var body = DocxReportSection.Write(main, ids, talks, options.Heading ?? "Talks").ToList();
            WriteDocument(main, body, Section(options.Letter));
        }

        return DeterministicZip.Normalize(stream);
    }

    // Streamed one paragraph at a time rather than built as one tree and saved: the tree of 10k
    // talks held ~75 MB more. The writer makes the same bytes as saving the tree would (UTF-8
    // without BOM, the same declarations), which the golden files and byte comparisons check.
    private static void WriteDocument(MainDocumentPart main, IEnumerable<OpenXmlElement> paragraphs, SectionProperties section)
    {
        using var writer = OpenXmlWriter.Create(main, new UTF8Encoding(false));
        writer.WriteStartDocument();
        writer.WriteStartElement(new Document());
        writer.WriteStartElement(new Body());
        foreach (var paragraph in paragraphs)
        {
            writer.WriteElement(paragraph);
        }

        writer.WriteElement(section);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Styles BaseStyles()
    {
        var fonts = new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", EastAsia = "Calibri", ComplexScript = "Arial" };
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                fonts,
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = "en-GB", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })));
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        var defaultFont = new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
        {
            Type = StyleValues.Character,
            StyleId = "DefaultParagraphFont",
            Default = true,
        };
        return new Styles(defaults, normal, defaultFont);
    }

    private static SectionProperties Section(bool letter) => new(
        letter ? new PageSize { Width = 12240, Height = 15840 } : new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 720, Footer = 720, Gutter = 0 });
}
