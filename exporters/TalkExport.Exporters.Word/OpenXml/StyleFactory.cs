using DocumentFormat.OpenXml.Wordprocessing;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>Definitions of the styles a document lacks, close to Word's built-in ones.</summary>
internal static class StyleFactory
{
    public static Style Heading(string id, string name, int outlineLevel, string? basedOn)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.StyleName = new StyleName { Val = name };
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }

        style.NextParagraphStyle = basedOn is null ? null : new NextParagraphStyle { Val = basedOn };
        style.UIPriority = new UIPriority { Val = 9 };
        style.PrimaryStyle = new PrimaryStyle();
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = outlineLevel == 0 ? "360" : "240", After = "120" },
            OutlineLevel = new OutlineLevel { Val = outlineLevel },
        };
        style.StyleRunProperties = new StyleRunProperties
        {
            Bold = new Bold(),
            BoldComplexScript = new BoldComplexScript(),
            FontSize = new FontSize { Val = outlineLevel == 0 ? "32" : "26" },
            FontSizeComplexScript = new FontSizeComplexScript { Val = outlineLevel == 0 ? "32" : "26" },
        };
        return style;
    }

    public static Style ListParagraph(string id, string? basedOn)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.StyleName = new StyleName { Val = "List Paragraph" };
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }

        style.UIPriority = new UIPriority { Val = 34 };
        style.PrimaryStyle = new PrimaryStyle();
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { After = "80" },
            Indentation = new Indentation { Left = "720" },
        };
        return style;
    }

    public static Style Hyperlink(string id, string? basedOn)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id };
        style.StyleName = new StyleName { Val = "Hyperlink" };
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }

        style.UIPriority = new UIPriority { Val = 99 };
        style.UnhideWhenUsed = new UnhideWhenUsed();
        style.StyleRunProperties = new StyleRunProperties
        {
            Color = new Color { Val = "0563C1" },
            Underline = new Underline { Val = UnderlineValues.Single },
        };
        return style;
    }
}
