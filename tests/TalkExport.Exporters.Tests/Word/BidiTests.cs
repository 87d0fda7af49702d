using TalkExport.Exporters.Word.OpenXml;

namespace TalkExport.Exporters.Tests.Word;

public sealed class BidiTests
{
    [Fact]
    public void Split_ArabicNameBetweenLatinPunctuation_MarksOnlyTheArabicStretch()
    {
        Assert.Equal(
            [("حداد, ل", true), ("., & ", false)],
            Bidi.Split("حداد, ل., & "));
    }

    [Fact]
    public void Split_LatinText_IsOneLeftToRightStretch() =>
        Assert.Equal([(" (2020, November 5). ", false)], Bidi.Split(" (2020, November 5). "));

    [Fact]
    public void Split_HebrewThenLatinThenHebrew_GivesThreeStretches() =>
        Assert.Equal([("שלום", true), (" at Example ", false), ("אוניברסיטה", true), (".", false)], Bidi.Split("שלום at Example אוניברסיטה."));
}
