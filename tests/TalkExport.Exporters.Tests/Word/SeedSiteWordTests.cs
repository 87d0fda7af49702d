using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkExport.Core.Reading;
using TalkExport.Testing;
using static TalkExport.Exporters.Tests.Word.WordTestSupport;

namespace TalkExport.Exporters.Tests.Word;

/// <summary>The seed site (read by the real reader) as the three styles.</summary>
public sealed class SeedSiteWordTests
{
    public static TheoryData<string, string> SeedEntries => new()
    {
        { "apa", "Mogren, O. (2020, November 5). Uncertainty in deep learning [Seminar presentation]. Learning Machines Seminars at RISE Research Institutes of Sweden. Slides · Video · Event" },
        { "chicago", "Mogren, Olof. 2020. “Uncertainty in Deep Learning.” Seminar presented at Learning Machines Seminars at RISE Research Institutes of Sweden, November 5. Slides · Video · Event" },
        { "cv", "Uncertainty in deep learning. Learning Machines Seminars at RISE Research Institutes of Sweden, Nov 2020. Slides · Video · Event" },
    };

    /// <summary>The seed site's talks and site info, read as the command line reads them.</summary>
    public static ReadResult ReadSeedSite() => new TalkReader().Read([TestEnvironment.RequireSeedSite()]);

    [Theory]
    [MemberData(nameof(SeedEntries))]
    public void SeedSite_Style_ValidDocumentWithSeedEntryAndYearsNewestFirst(string style, string seedEntry)
    {
        var read = ReadSeedSite();
        var docx = Export(read.Talks, read.Site, ("style", [style]));

        Assert.Empty(ValidationErrors(docx));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        var years = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading2").Select(p => int.Parse(p.InnerText, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(years.OrderDescending(), years);
        Assert.Equal(read.Talks.Select(t => t.Date!.Value.Year).Distinct().Count(), years.Count);
        var entries = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "ListParagraph").Select(p => p.InnerText).ToList();
        Assert.Equal(read.Talks.Count, entries.Count);
        Assert.Contains(seedEntry, entries);
    }
}
