using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkExport.Exporters.Word.Layout;
using TalkExport.Exporters.Word.Mapping;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>Turns the groups into paragraphs: optional Heading 1, Heading 2 per group, one list paragraph per entry.</summary>
internal sealed class CvBodyWriter(CvStyleIds styles, HyperlinkRegistry links, CvNumbering numbering, int numId)
{
    /// <summary>
    /// The paragraphs in document order, made one at a time as they are enumerated: a caller that
    /// writes each one out and drops it never holds the whole list as a tree.
    /// </summary>
    public IEnumerable<Paragraph> Write(IReadOnlyList<CvGroup> groups, string? heading)
    {
        if (heading is not null)
        {
            yield return Heading(styles.Heading1, heading);
        }

        var total = groups.Sum(g => g.Entries.Count);
        var index = 0;
        foreach (var group in groups)
        {
            if (group.Heading is not null)
            {
                yield return Heading(styles.Heading2, group.Heading);
            }

            foreach (var entry in group.Entries)
            {
                // Reverse numbering counts down from the total; a Word list can only count up.
                var number = numbering == CvNumbering.ReverseNumbered ? total - index : (int?)null;
                yield return Entry(entry, number);
                index++;
            }
        }
    }

    private static Paragraph Heading(string styleId, string text) =>
        new(new Run(XmlText.Element(text)))
        {
            ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId }, KeepNext = new KeepNext() },
        };

    private Paragraph Entry(CvEntry entry, int? plainNumber)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styles.ListParagraph }, KeepLines = new KeepLines() };
        var paragraph = new Paragraph { ParagraphProperties = properties };
        if (plainNumber is { } n)
        {
            properties.Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = 567 });
            properties.Indentation = new Indentation { Left = "567", Hanging = "567" };
            paragraph.Append(new Run(XmlText.Element(n.ToString(CultureInfo.InvariantCulture) + ".")), new Run(new TabChar()));
        }
        else
        {
            properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId });
        }

        foreach (var run in entry.Runs)
        {
            if (run.Link is { } address)
            {
                paragraph.Append(Link(run.Text, address));
            }
            else
            {
                paragraph.Append(TextRuns(run));
            }
        }

        return paragraph;
    }

    private Hyperlink Link(string label, Uri address) =>
        new(new Run(XmlText.Element(label)) { RunProperties = new RunProperties { RunStyle = new RunStyle { Val = styles.Hyperlink } } })
        {
            Id = links.IdFor(address),
            History = OnOffValue.FromBoolean(true),
        };

    private static IEnumerable<Run> TextRuns(CvRun run) =>
        Bidi.Split(run.Text).Select(part => TextRun(part.Text, run.Bold, run.Italic, part.RightToLeft));

    private static Run TextRun(string text, bool bold, bool italic, bool rightToLeft)
    {
        var result = new Run(XmlText.Element(text));
        if (bold || italic || rightToLeft)
        {
            var p = new RunProperties();
            if (bold)
            {
                p.Bold = new Bold();
                p.BoldComplexScript = new BoldComplexScript();
            }

            if (italic)
            {
                p.Italic = new Italic();
                p.ItalicComplexScript = new ItalicComplexScript();
            }

            if (rightToLeft)
            {
                p.RightToLeftText = new RightToLeftText();
            }

            result.RunProperties = p;
        }

        return result;
    }
}
