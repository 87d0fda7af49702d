using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>
/// Finds where the talks go in a CV and returns it as block content controls with the tag,
/// making one where the place is marked another way, so later runs find the control first.
/// Order: every control with the tag; an inline control alone on its line; a bookmark of that
/// name; a paragraph that is only <c>{{talks}}</c>; a content control created after a named
/// heading (when asked). Otherwise, or when the mark is inside a text box, a usage error.
/// </summary>
internal static partial class CvPlaceLocator
{
    public static IReadOnlyList<SdtBlock> Find(Body body, string tag, string? createAfterHeading, string displayPath)
    {
        // Every block control with the tag, but not one nested in another (its content is replaced with the outer one's).
        var controls = body.Descendants<SdtBlock>().Where(s => IsTagged(s.SdtProperties, tag)).ToList();
        controls.RemoveAll(c => c.Ancestors<SdtBlock>().Any(a => IsTagged(a.SdtProperties, tag)));
        if (controls.Count > 0)
        {
            controls.ForEach(c => OutsideTextBoxes(c, "the content control tagged " + tag, displayPath));
            return controls;
        }

        if (FromInlineControl(body, tag, displayPath) is { } inline)
        {
            return [inline];
        }

        if (FromBookmark(body, tag, displayPath) is { } marked)
        {
            return [marked];
        }

        var placeholder = body.Descendants<Paragraph>().FirstOrDefault(p => Placeholder().IsMatch(TextOf(p)));
        if (placeholder is not null)
        {
            OutsideTextBoxes(placeholder, "the {{talks}} paragraph", displayPath);
            return [Wrap([placeholder], tag)];
        }

        if (createAfterHeading is not null && FindHeading(body, createAfterHeading) is { } heading)
        {
            var created = NewControl(tag);
            heading.InsertAfterSelf(created);
            return [created];
        }

        var headingHint = createAfterHeading is null
            ? "or pass --create-control-after-heading \"Talks\" to add a control after that heading"
            : $"(no paragraph reads \"{createAfterHeading}\" for --create-control-after-heading)";
        throw new TalkExportException(
            FailureKind.Usage,
            $"{displayPath}: no place for the talks is marked. In Word, put a rich text content control where they go (Developer > Rich Text Content Control, Properties > Tag: {tag}), "
            + $"or a bookmark named {BookmarkName(tag)}, or a paragraph that reads only {{{{talks}}}}; {headingHint}.",
            displayPath);
    }

    /// <summary>Word allows letters, digits and '_' in bookmark names: "talkexport:talks" becomes "talkexport_talks".</summary>
    public static string BookmarkName(string tag) => new([.. tag.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);

    // Word makes an inline control when it is inserted inside a line; alone on its line it marks the place too.
    private static SdtBlock? FromInlineControl(Body body, string tag, string displayPath)
    {
        var inline = body.Descendants<SdtRun>().FirstOrDefault(s => IsTagged(s.SdtProperties, tag));
        if (inline?.Ancestors<Paragraph>().FirstOrDefault() is not { } paragraph)
        {
            return null;
        }

        OutsideTextBoxes(paragraph, "the content control tagged " + tag, displayPath);

        if (TextOf(paragraph).Trim() != string.Concat(inline.Descendants<Text>().Select(t => t.Text)).Trim())
        {
            throw new TalkExportException(
                FailureKind.Usage,
                $"{displayPath}: the content control tagged {tag} sits inside a line of text; put it on a line of its own so the talk list can replace it.",
                displayPath);
        }

        return Wrap([paragraph], tag);
    }

    private static SdtBlock? FromBookmark(Body body, string tag, string displayPath)
    {
        var start = body.Descendants<BookmarkStart>().FirstOrDefault(b => b.Name?.Value == tag || b.Name?.Value == BookmarkName(tag));
        var end = start is null ? null : body.Descendants<BookmarkEnd>().FirstOrDefault(e => e.Id?.Value == start.Id?.Value);
        if (start is null || end is null)
        {
            return null;
        }

        OutsideTextBoxes(start, "the bookmark " + BookmarkName(tag), displayPath);

        var first = BlockOf(start);
        var last = BlockOf(end);
        if (first == last && first is Paragraph p && TextOf(p).Trim().Length > 0)
        {
            // A bookmark on a line of text (e.g. the heading) marks the place after it; the text stays.
            var created = NewControl(tag);
            p.InsertAfterSelf(created);
            return created;
        }

        if (first.Parent != last.Parent)
        {
            return null;
        }

        var blocks = new List<OpenXmlElement>();
        for (var e = first; e is not null; e = e.NextSibling())
        {
            blocks.Add(e);
            if (e == last)
            {
                return Wrap(blocks, tag);
            }
        }

        return null;
    }

    // The paragraph (or other block) that holds a bookmark marker directly in the body or a cell.
    private static OpenXmlElement BlockOf(OpenXmlElement marker)
    {
        var block = marker;
        while (block.Parent is not null and not Body and not TableCell and not SdtContentBlock)
        {
            block = block.Parent;
        }

        return block;
    }

    private static bool IsTagged(SdtProperties? properties, string tag) => properties?.GetFirstChild<Tag>()?.Val?.Value == tag;

    // A text box (VML or DrawingML: both hold w:txbxContent) is anchored in a paragraph of the text
    // and has a fixed size: a list put there would be cut off, and Word keeps a second copy of the
    // box for older readers (mc:Fallback) that would keep the old one.
    private static void OutsideTextBoxes(OpenXmlElement marker, string what, string displayPath)
    {
        if (marker.Ancestors<TextBoxContent>().Any())
        {
            throw new TalkExportException(
                FailureKind.Usage,
                $"{displayPath}: {what} is inside a text box (a shape); the talk list must be in the page's text or a table cell: move it out of the box.",
                displayPath);
        }
    }

    private static SdtBlock Wrap(List<OpenXmlElement> blocks, string tag)
    {
        var control = NewControl(tag);
        blocks[0].InsertBeforeSelf(control);
        foreach (var block in blocks)
        {
            block.Remove();
            control.SdtContentBlock!.Append(block);
        }

        return control;
    }

    private static SdtBlock NewControl(string tag) => new(
        new SdtProperties(new SdtAlias { Val = "Talks (TalkExport)" }, new Tag { Val = XmlText.Clean(tag) }),
        new SdtContentBlock());

    private static Paragraph? FindHeading(Body body, string text)
    {
        var matches = body.Elements<Paragraph>().Where(p => string.Equals(TextOf(p).Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.FirstOrDefault(p => p.ParagraphProperties?.ParagraphStyleId is not null) ?? matches.FirstOrDefault();
    }

    private static string TextOf(Paragraph p) => string.Concat(p.Descendants<Text>().Select(t => t.Text));

    [GeneratedRegex(@"^\s*\{\{\s*talks\s*\}\}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
