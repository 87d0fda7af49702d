using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// ContainsAtWordStart has an ASCII fast path; it must answer exactly as the general search
/// (IndexOf ignoring case, then the word-start check) that other text still takes.
/// </summary>
public sealed class WordStartSearchTests
{
    private static readonly string[] Words = ["keynote", "invited", "seminar", "paper presentation", "universi", "lab", "attend", "organiz", "a", "ed"];

    [Theory]
    [InlineData("Invited talk", "invited", true)]
    [InlineData("UNINVITED", "invited", false)]
    [InlineData("re-invited", "invited", true)]
    [InlineData("Paper  presentation", "paper presentation", false)]
    [InlineData("x", "", true)]
    [InlineData("semi", "seminar", false)]
    [InlineData("Seminario de la Universidad", "universi", true)]
    public void ContainsAtWordStart_Examples_AsTheRuleSays(string text, string word, bool expected) =>
        Assert.Equal(expected, KindRules.ContainsAtWordStart(text, word));

    [Fact]
    public void ContainsAtWordStart_RandomAsciiAndUnicodeTexts_SameAsReferenceSearch()
    {
        var random = new Random(20261126);
        const string alphabet = "aAeEiInNdDsSrRkKyYlLoOtTpP -_,./1é\u017FİıK";
        var checkedTrue = 0;
        for (var n = 0; n < 40_000; n++)
        {
            var word = Words[random.Next(Words.Length)];
            var chars = new char[random.Next(0, 30)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            if (random.Next(3) == 0)
            {
                // Plant the word (in a random case) so that matches are common.
                var at = random.Next(text.Length + 1);
                var planted = random.Next(2) == 0 ? word.ToUpperInvariant() : word;
                text = text[..at] + planted + text[at..];
            }

            var expected = Reference(text, word);
            Assert.True(expected == KindRules.ContainsAtWordStart(text, word), $"\"{text}\" / \"{word}\": expected {expected}");
            checkedTrue += expected ? 1 : 0;
        }

        Assert.True(checkedTrue > 3_000, $"only {checkedTrue} matches among the generated texts");
    }

    // The general search, which non-ASCII text still takes, is the reference for the ASCII path.
    private static bool Reference(string text, string word) => KindRules.ContainsAtWordStartAnyText(text, word);
}
