using TalkExport.Core.Text;

namespace TalkExport.Core.Tests.Text;

public sealed class TextSanitizerTests
{
    [Fact]
    public void Clean_CleanText_ReturnsSameInstance()
    {
        var text = "Café – 曾垂德 😀\n\tok";

        Assert.Same(text, TextSanitizer.Clean(text));
        Assert.True(TextSanitizer.IsClean(text));
    }

    [Theory]
    [InlineData("Caf\u00C3\u0083\u00C2\u00A9", "Caf\u00C3\u00C2\u00A9")]
    [InlineData("a\u0000b\u0007c\u001Fd\u007Fe", "abcde")]
    [InlineData("x\uFFFEy\uFFFFz\uFEFF", "xyz")]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    public void Clean_ForbiddenCharacters_AreRemoved(string input, string expected)
    {
        Assert.False(TextSanitizer.IsClean(input));
        Assert.Equal(expected, TextSanitizer.Clean(input));
    }

    [Fact]
    public void Clean_UnpairedSurrogates_AreRemoved()
    {
        // Built at run time: test-case serialization would replace lone surrogates.
        var input = "lone " + '\uD800' + " high, lone " + '\uDC00' + " low";

        Assert.False(TextSanitizer.IsClean(input));
        Assert.Equal("lone  high, lone  low", TextSanitizer.Clean(input));
    }
}
