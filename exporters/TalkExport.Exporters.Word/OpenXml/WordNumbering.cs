using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>
/// The list definition for the talks: a new abstractNum and num with fresh ids (max + 1), every
/// abstractNum before every num. The CV's own numbering is never edited or reused; ours is
/// recognised by its name when a later run replaces it.
/// </summary>
internal static class WordNumbering
{
    public const string DefinitionName = "TalkExport talks";

    /// <summary>Adds a bullet or decimal list and returns its numId.</summary>
    public static int Add(MainDocumentPart main, bool numbered)
    {
        var part = main.NumberingDefinitionsPart ?? main.AddNewPart<NumberingDefinitionsPart>(DocxRelationshipIds.Free(main, "rIdNumbering"));
        part.Numbering ??= new Numbering();
        var numbering = part.Numbering;
        var abstractId = numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId?.Value ?? 0).DefaultIfEmpty(-1).Max() + 1;
        var numId = numbering.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;

        var level = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = numbered ? NumberFormatValues.Decimal : NumberFormatValues.Bullet },
            new LevelText { Val = numbered ? "%1." : "\u2022" },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = numbered ? "567" : "360", Hanging = numbered ? "567" : "360" }))
        { LevelIndex = 0 };
        var abstractNum = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new AbstractNumDefinitionName { Val = DefinitionName },
            level)
        { AbstractNumberId = abstractId };
        var num = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId };

        OpenXmlElement? anchor = numbering.Elements<AbstractNum>().LastOrDefault() ?? (OpenXmlElement?)numbering.Elements<NumberingPictureBullet>().LastOrDefault();
        if (anchor is null)
        {
            numbering.PrependChild(abstractNum);
        }
        else
        {
            numbering.InsertAfter(abstractNum, anchor);
        }

        numbering.InsertAfter(num, numbering.Elements<NumberingInstance>().LastOrDefault() ?? (OpenXmlElement)abstractNum);
        return numId;
    }

    /// <summary>Removes the lists a previous run added (named <see cref="DefinitionName"/>) that nothing refers to any more.</summary>
    public static void RemoveOwn(MainDocumentPart main, IEnumerable<int> numIds)
    {
        if (main.NumberingDefinitionsPart?.Numbering is not { } numbering)
        {
            return;
        }

        var used = StillUsed(main);
        foreach (var id in numIds.Distinct())
        {
            var num = numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == id);
            var abstractId = num?.AbstractNumId?.Val?.Value;
            var abstractNum = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            if (num is null || used.Contains(id) || abstractNum?.AbstractNumDefinitionName?.Val?.Value != DefinitionName)
            {
                continue;
            }

            num.Remove();
            if (!numbering.Elements<NumberingInstance>().Any(n => n.AbstractNumId?.Val?.Value == abstractId))
            {
                abstractNum.Remove();
            }
        }
    }

    private static HashSet<int> StillUsed(MainDocumentPart main)
    {
        var roots = new List<OpenXmlElement?> { main.Document, main.StyleDefinitionsPart?.Styles, main.FootnotesPart?.Footnotes, main.EndnotesPart?.Endnotes };
        roots.AddRange(main.HeaderParts.Select(h => h.Header));
        roots.AddRange(main.FooterParts.Select(f => f.Footer));
        return roots.OfType<OpenXmlElement>()
            .SelectMany(r => r.Descendants<NumberingId>())
            .Select(n => n.Val?.Value ?? 0)
            .ToHashSet();
    }
}
