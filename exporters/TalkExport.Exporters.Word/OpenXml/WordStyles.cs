using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>
/// Finds the styles the list needs by their name (w:name; ids are localized, e.g. German Word's
/// "berschrift1" for "heading 1") and adds only the missing ones. Never changes a style that exists.
/// </summary>
internal static class WordStyles
{
    public static CvStyleIds Ensure(MainDocumentPart main)
    {
        var part = main.StyleDefinitionsPart ?? main.AddNewPart<StyleDefinitionsPart>(DocxRelationshipIds.Free(main, "rIdStyles"));
        part.Styles ??= new Styles();
        var styles = part.Styles;
        var normal = FindDefault(styles, StyleValues.Paragraph) ?? Find(styles, "Normal", StyleValues.Paragraph);
        var defaultFont = FindDefault(styles, StyleValues.Character) ?? Find(styles, "Default Paragraph Font", StyleValues.Character);
        return new CvStyleIds(
            Find(styles, "heading 1", StyleValues.Paragraph) ?? Add(styles, StyleFactory.Heading(FreeId(styles, "Heading1"), "heading 1", 0, normal)),
            Find(styles, "heading 2", StyleValues.Paragraph) ?? Add(styles, StyleFactory.Heading(FreeId(styles, "Heading2"), "heading 2", 1, normal)),
            Find(styles, "List Paragraph", StyleValues.Paragraph) ?? Add(styles, StyleFactory.ListParagraph(FreeId(styles, "ListParagraph"), normal)),
            Find(styles, "Hyperlink", StyleValues.Character) ?? Add(styles, StyleFactory.Hyperlink(FreeId(styles, "Hyperlink"), defaultFont)));
    }

    private static string? Find(Styles styles, string name, StyleValues type) =>
        styles.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == type && string.Equals(s.StyleName?.Val?.Value?.Trim(), name, StringComparison.OrdinalIgnoreCase))
            ?.StyleId?.Value;

    private static string? FindDefault(Styles styles, StyleValues type) =>
        styles.Elements<Style>().FirstOrDefault(s => s.Type?.Value == type && s.Default?.Value == true)?.StyleId?.Value;

    private static string Add(Styles styles, Style style)
    {
        // Styles come after docDefaults and latentStyles; appending keeps the schema order.
        styles.Append(style);
        return style.StyleId!.Value!;
    }

    // A CV may use "Heading1" as the id of a differently named style; never take it over.
    private static string FreeId(Styles styles, string wanted)
    {
        var taken = styles.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var id = wanted;
        for (var n = 2; taken.Contains(id); n++)
        {
            id = "TalkExport" + wanted + (n == 2 ? "" : n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return id;
    }
}
