using System.Text.Json;
using TalkExport.Exporters.Json;

namespace TalkExport.Exporters.Tests.Json;

public sealed class JsonTextTests
{
    [Theory]
    [InlineData("\"a \\uD83C\\uDF89 b\"", "\"a 🎉 b\"", true)]
    [InlineData("\"\\\\uD83C\\uDF89\"", "\"\\\\uD83C\\uDF89\"", false)]
    [InlineData("\"\\\\\\uD83C\\uDF89\"", "\"\\\\🎉\"", true)]
    [InlineData("\"lone \\uD83C x\"", "\"lone \\uD83C x\"", false)]
    [InlineData("\"\\u00E5\"", "\"\\u00E5\"", true)]
    public void KeepAstralCharacters_EscapedPairs_BecomeCharactersOnlyWhenRealEscapes(string json, string expected, bool decodable)
    {
        var result = JsonText.KeepAstralCharacters(json);

        Assert.Equal(expected, result);
        if (decodable)
        {
            // Same string for every JSON reader; the others hold an unpaired surrogate on purpose.
            Assert.Equal(JsonDocument.Parse(json).RootElement.GetString(), JsonDocument.Parse(result).RootElement.GetString());
        }
    }
}
