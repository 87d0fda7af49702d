using TalkExport.Core.Exporting;
using TalkExport.Exporters.Csv;
using TalkExport.Exporters.Tests.FormatsShared;

namespace TalkExport.Exporters.Tests.Csv;

/// <summary>The cell cleaning's fast check (vectorized ranges) keeps the char.IsControl/IsSurrogate rule at every range edge.</summary>
public sealed class CsvCellCleaningTests
{
    [Theory]
    [InlineData(0x00)]
    [InlineData(0x01)]
    [InlineData(0x09)]
    [InlineData(0x0A)]
    [InlineData(0x0B)]
    [InlineData(0x0D)]
    [InlineData(0x1F)]
    [InlineData(0x20)]
    [InlineData(0x7E)]
    [InlineData(0x7F)]
    [InlineData(0x85)]
    [InlineData(0x9F)]
    [InlineData(0xA0)]
    [InlineData(0xE9)]
    [InlineData(0x2028)]
    [InlineData(0xD7FF)]
    [InlineData(0xD800)]
    [InlineData(0xDBFF)]
    [InlineData(0xDC00)]
    [InlineData(0xDFFF)]
    [InlineData(0xE000)]
    [InlineData(0xFFFD)]
    public void Export_CharacterAtRangeEdge_CleanedAsTheCharRule(int code)
    {
        var c = (char)code;
        var talk = SampleTalks.Keynote with { Title = $"x{c}y" };

        var text = ExportRun.Text(new CsvExporter(), [talk], ExporterSettings.Empty.With("columns", "title"));

        Assert.Contains("x" + Expected(c) + "y", text, StringComparison.Ordinal);
    }

    // The documented rule, char by char: line ends become \n, tab a space, other controls go, a lone surrogate is U+FFFD.
    private static string Expected(char c) => c switch
    {
        '\n' or '\r' => "\n",
        '\t' => " ",
        _ when char.IsSurrogate(c) => "\uFFFD",
        _ when char.IsControl(c) => "",
        _ => c.ToString(),
    };
}
