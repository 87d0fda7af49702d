using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkExport.Core.Exporting;
using TalkExport.Exporters.Word.Layout;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>
/// Replaces the talks inside an existing CV, in memory: the caller writes the result, so the CV
/// itself is never opened for writing. Only the control's content, the styles the list lacks,
/// the list's own numbering and its hyperlink relationships change. Running it again on its
/// own output gives the same document.
/// </summary>
internal static class DocxCvUpdater
{
    public static byte[] Update(byte[] original, string displayPath, IReadOnlyList<CvGroup> groups, DocxCvOptions options)
    {
        using var stream = new MemoryStream();
        stream.Write(original);
        stream.Position = 0;
        IReadOnlySet<string> rewritten;
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var main = document.MainDocumentPart;
            var body = LoadBody(main, displayPath) ?? throw new TalkExportException(FailureKind.Usage, $"{displayPath}: not a Word document (no main document part).", displayPath);

            // Every control with the tag gets the list (a CV may show it twice, e.g. a short and a full CV).
            // All are emptied first, so the ids of links and lists come out the same on every run.
            var cleared = CvPlaceLocator.Find(body, options.ControlTag, options.CreateControlAfterHeading, displayPath).Select(Clear).ToList();
            RemoveUnusedLinks(main!, cleared.SelectMany(c => c.Links).ToHashSet(StringComparer.Ordinal));
            WordNumbering.RemoveOwn(main!, cleared.SelectMany(c => c.Lists));
            foreach (var control in cleared)
            {
                Fill(main!, control, groups, options);
            }

            rewritten = Rewritten(main!);
        }

        return DeterministicZip.Normalize(stream, original, rewritten);
    }

    // The zip entries an update may change: the document, its relationships (links, a new styles
    // or numbering part), styles, numbering and the content types. Every other part is copied.
    private static HashSet<string> Rewritten(MainDocumentPart main)
    {
        var entries = new HashSet<string>(StringComparer.Ordinal) { "[Content_Types].xml" };
        foreach (var part in new OpenXmlPart?[] { main, main.StyleDefinitionsPart, main.NumberingDefinitionsPart })
        {
            if (part is not null)
            {
                var name = part.Uri.OriginalString.TrimStart('/');
                var slash = name.LastIndexOf('/');
                entries.Add(name);
                entries.Add(name[..(slash + 1)] + "_rels/" + name[(slash + 1)..] + ".rels");
            }
        }

        return entries;
    }

    /// <summary>True for the exceptions the SDK throws on a file that is not a readable .docx.</summary>
    public static bool IsUnreadable(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or XmlException or InvalidOperationException;

    /// <summary>The usage error for a CV that is not a readable .docx.</summary>
    public static TalkExportException NotReadable(string displayPath, Exception e) =>
        new(FailureKind.Usage, $"{displayPath}: not a Word document (.docx) that can be read: {e.Message}", displayPath, e);

    // The exporter checked the package; a document part that is not valid XML fails here.
    private static Body? LoadBody(MainDocumentPart? main, string displayPath)
    {
        try
        {
            return main?.Document?.Body;
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            throw NotReadable(displayPath, e);
        }
    }

    // What a control held that outlives its old content: bookmarks and a section break are put back.
    private sealed record ClearedControl(SdtBlock Control, HashSet<string> Links, List<int> Lists, List<OpenXmlElement> Bookmarks, List<SectionProperties> Sections);

    private static ClearedControl Clear(SdtBlock control)
    {
        var content = control.SdtContentBlock ?? control.AppendChild(new SdtContentBlock());
        var old = content.ChildElements.ToList();
        var links = old.SelectMany(e => e.Descendants<Hyperlink>()).Select(h => h.Id?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var lists = old.SelectMany(e => e.Descendants<NumberingId>()).Select(n => n.Val?.Value ?? 0).ToList();
        var bookmarks = old.SelectMany(e => e.Descendants().Prepend(e)).Where(e => e is BookmarkStart or BookmarkEnd).Select(e => e.CloneNode(true)).ToList();
        var sections = old.SelectMany(e => e.Descendants<SectionProperties>()).Select(s => (SectionProperties)s.CloneNode(true)).ToList();
        content.RemoveAllChildren();

        // The content is real now, not the control's grey placeholder text.
        control.SdtProperties?.RemoveAllChildren<ShowingPlaceholder>();
        return new(control, links, lists, bookmarks, sections);
    }

    private static void Fill(MainDocumentPart main, ClearedControl cleared, IReadOnlyList<CvGroup> groups, DocxCvOptions options)
    {
        var (control, _, _, bookmarks, sections) = cleared;
        var ids = WordStyles.Ensure(main);
        var numId = options.Numbering == CvNumbering.ReverseNumbered ? 0 : WordNumbering.Add(main, options.Numbering == CvNumbering.Numbered);
        var paragraphs = new CvBodyWriter(ids, new HyperlinkRegistry(main), options.Numbering, numId).Write(groups, options.Heading).ToList();
        if (paragraphs.Count == 0 || sections.Count > 0)
        {
            // A section break the control held stays at its end, so page setup does not change.
            paragraphs.Add(new Paragraph { ParagraphProperties = sections.Count > 0 ? new ParagraphProperties { SectionProperties = sections[^1] } : null });
        }

        // Bookmarks that were inside keep marking the list (cross-references to them still work).
        foreach (var start in bookmarks.OfType<BookmarkStart>().Reverse())
        {
            paragraphs[0].InsertAfter(start, paragraphs[0].ParagraphProperties);
        }

        paragraphs[^1].Append(bookmarks.OfType<BookmarkEnd>());
        control.SdtContentBlock!.Append(paragraphs);
    }

    private static void RemoveUnusedLinks(MainDocumentPart main, HashSet<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var stillUsed = main.Document!.Descendants()
            .SelectMany(e => e.GetAttributes())
            .Where(a => a.NamespaceUri == "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
            .Select(a => a.Value)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var relationship in main.HyperlinkRelationships.Where(r => ids.Contains(r.Id) && !stillUsed.Contains(r.Id)).ToList())
        {
            main.DeleteReferenceRelationship(relationship);
        }
    }
}
