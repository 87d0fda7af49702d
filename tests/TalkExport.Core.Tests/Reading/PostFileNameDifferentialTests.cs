using System.Text;
using TalkExport.Core.Reading;
using TalkExport.Core.Tests.Reading.Reference;

namespace TalkExport.Core.Tests.Reading;

/// <summary>The span-based post-name check against the previous regex match and IsRealDate (Reference/), on seeded random names.</summary>
public sealed class PostFileNameDifferentialTests
{
    private static readonly string[] Pieces =
    [
        "0", "1", "2", "9", "20", "2020", "1999", "0000", "12", "31", "02", "30", "29", "13", "00", "10000", "123",
        "٢", "٠", "٢٠٢٠", "۱", "०", "０", "９", "𝟎", "²", "Ⅻ", "-", "-", "-", "--", ".", ".", "..", "md", "markdown", "html", "a", "slug",
        "x-y", " ", "\n", "\r", "\t", "_", "é", "深", "\uD83D", "\u00A0",
    ];

    [Fact]
    public void DateLength_RandomNames_SameAnswersAsRegex()
    {
        var random = new Random(1126);
        var matched = 0;
        for (var i = 0; i < 200000; i++)
        {
            var name = RandomName(random);
            var expected = ReferenceDateName.Match(name);
            var length = PostFileName.DateLength(name);
            Assert.True(expected is not null == length > 0, $"name {Show(name)}: regex {(expected is null ? "no match" : "match")}, span parse {length}");
            if (expected is not { } match)
            {
                continue;
            }

            matched++;
            Assert.Equal(match.Quoted, name[..length]);
            AssertSameOutcome(match.IsReal, () => PostFileName.IsRealDate(name.AsSpan(0, length)), name);
        }

        Assert.True(matched > 10000, $"only {matched} random names matched: the generator no longer tests the parse");
    }

    [Theory]
    [InlineData("2020-01-05-talk.md", 10)]
    [InlineData("20-1-5-talk.md", 6)]
    [InlineData("2021-02-30-x.md", 10)]
    [InlineData("2020-01-05-a.b.md", 10)]
    [InlineData("2020-01-05-a.md\n", 10)]
    [InlineData("2020-01-05-a\n.md", 0)]
    [InlineData("2020-01-05-.md", 0)]
    [InlineData("2020-01-05-a.", 0)]
    [InlineData("2020-01-05-a", 0)]
    [InlineData("20201-01-05-a.md", 0)]
    [InlineData("2020-001-05-a.md", 0)]
    [InlineData("٢٠٢٠-01-05-a.md", 0)]
    [InlineData("2020-0١-05-a.md", 0)]
    [InlineData("2020-01-05٢-a.md", 0)]
    public void DateLength_Examples_AsRegex(string name, int expected)
    {
        Assert.Equal(expected, PostFileName.DateLength(name));
        Assert.Equal(ReferenceDateName.Match(name)?.Quoted.Length ?? 0, expected);
    }

    private static void AssertSameOutcome(Func<bool> expected, Func<bool> actual, string name)
    {
        Exception? expectedError = null;
        Exception? actualError = null;
        bool? expectedValue = null;
        bool? actualValue = null;
        try
        {
            expectedValue = expected();
        }
        catch (FormatException e)
        {
            expectedError = e;
        }

        try
        {
            actualValue = actual();
        }
        catch (FormatException e)
        {
            actualError = e;
        }

        Assert.True(expectedValue == actualValue, $"name {Show(name)}: IsRealDate {expectedValue}, span parse {actualValue}");
        Assert.Equal(expectedError?.Message, actualError?.Message);
    }

    private static string RandomName(Random random)
    {
        var builder = new StringBuilder();
        if (random.Next(3) > 0)
        {
            // Mostly near the shape, so the interesting cases are common.
            var odd = random.Next(4) == 0; // now and then a run too short or too long
            builder.Append(odd ? Digits(random, 1, 5) : Digits(random, 2, 4)).Append('-')
                .Append(odd ? Digits(random, 0, 3) : Digits(random, 1, 2)).Append('-')
                .Append(odd ? Digits(random, 0, 3) : Digits(random, 1, 2));
            builder.Append(random.Next(8) == 0 ? "" : "-");
        }

        var count = random.Next(6);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        if (random.Next(3) > 0)
        {
            builder.Append('.').Append(random.Next(4) == 0 ? Pieces[random.Next(Pieces.Length)] : "md");
        }

        return builder.ToString();
    }

    private static string Digits(Random random, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append(random.Next(30) switch
            {
                0 => (char)('٠' + random.Next(10)),
                1 => (char)('０' + random.Next(10)),
                2 => (char)('०' + random.Next(10)),
                _ => (char)('0' + random.Next(10)),
            });
        }

        return builder.ToString();
    }

    private static string Show(string text) => "\"" + string.Concat(text.Select(c => c is >= ' ' and < (char)0x7f ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
