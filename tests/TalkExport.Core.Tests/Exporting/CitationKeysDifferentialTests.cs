using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Tests.Exporting.Reference;

namespace TalkExport.Core.Tests.Exporting;

/// <summary>The allocation-free key formatting against the previous algorithms (Reference/), on seeded random talks.</summary>
public sealed class CitationKeysDifferentialTests
{
    private static readonly string[] Pieces =
    [
        "deep", "Learning", "GANs", "NLP", "Bayes", "x1", "2020", "3M", "42", "a", "A", "the", "The", "THE", "of", "on", "and", "to", "towards",
        "with", "about", "an", "by", "Jr.", "jr", "Sr", "II", "III", "iv", "IV", "van", "der", "O'Neil", "don't", "don’t", "l’Hôpital", "'", "’",
        " ", " ", " ", "  ", "\t", "\n", "\u00A0", "\u3000", "-", ",", ".", ":", ";", "!", "?", "(", ")", "\"", "&", "/", "_", "=",
        "<", ">", "<i>", "</i>", "<b>", "</b>", "<em>", "</em>", "<br/>", "<a href='x'>", "</a>", "<I>", "< i>", "<1>", "x < y", "a>b", "<>", "</",
        "Å", "å", "Ö", "ö", "é", "É", "Ü", "ß", "ẞ", "Æ", "æ", "Ø", "ø", "Ł", "ł", "İ", "ı", "Ŋ", "Þ", "ð", "ấ", "Ḝ", "ǅ", "Œ",
        "e\u0301", "O\u0308", "λ", "Ж", "ع", "深", "度", "学习", "🤖", "\uD83D", "\uDE00", "٢٠٢٠", "١", "０", "Ⅻ", "²", "½", "–", "—", "…", "€",
        "\u0000", "\u007F", "\u0085", "\u200B", "\uFEFF",
    ];

    private static readonly string[] Placeholders = ["{family}", "{given}", "{year}", "{word}", "{words}"];

    [Fact]
    public void Format_RandomTalksAndPatterns_SameKeyAsReference()
    {
        var random = new Random(20261126);
        for (var round = 0; round < 400; round++)
        {
            var patternText = RandomPattern(random);
            var pattern = CitationKeyPattern.Parse(patternText);
            var reference = ReferenceCitationKeyPattern.Parse(patternText);
            for (var i = 0; i < 50; i++)
            {
                var talk = RandomTalk(random, i);
                var owner = random.Next(4) == 0 ? null : Text(random, 6);
                var expected = reference.Format(talk, owner);
                var actual = pattern.Format(talk, owner);
                Assert.True(expected == actual, $"pattern {patternText}, title {Show(talk.Title)}, first author {Show(talk.Authors.Count > 0 ? talk.Authors[0].ToString() : null)}, owner {Show(owner)}: expected {expected}, got {actual}");
            }
        }
    }

    [Fact]
    public void Format_LongWordsAndNames_SameKeyAsReference()
    {
        // Longer than the stack buffer: the key moves to a pooled array part-way through a word.
        var random = new Random(7);
        foreach (var length in new[] { 100, 127, 128, 129, 200, 1000, 5000 })
        {
            var word = new string([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26)))]);
            var talk = new Talk
            {
                Title = "The " + word + "ß " + word,
                Date = new TalkDate(2020),
                Authors = [new Person { Given = word, Family = "Ø" + word }],
                Source = new SourceLocation("a.md"),
            };
            foreach (var patternText in new[] { "{family}{year}{word}", "{given}{family}{words}", "{words}{words}{family}", "{year}" })
            {
                Assert.Equal(ReferenceCitationKeyPattern.Parse(patternText).Format(talk, null), CitationKeyPattern.Parse(patternText).Format(talk, null));
                var ownerOnly = talk with { Authors = [] };
                Assert.Equal(ReferenceCitationKeyPattern.Parse(patternText).Format(ownerOnly, word + " x " + word + " Jr."), CitationKeyPattern.Parse(patternText).Format(ownerOnly, word + " x " + word + " Jr."));
            }
        }
    }

    [Fact]
    public void FoldToAscii_RandomText_SameAsReference()
    {
        var random = new Random(99);
        for (var i = 0; i < 20000; i++)
        {
            var text = i % 10 == 0 ? RandomUnits(random) : Text(random, 12);
            var folded = LatinLetters.FoldToAscii(text);
            Assert.Equal(ReferenceCitationKeyPattern.FoldToAscii(text), folded);
            if (!text.Any(c => c > 0x7f))
            {
                Assert.Same(text, folded);
            }
        }
    }

    [Fact]
    public void FoldToAscii_EveryBmpCharacter_SameAsReference()
    {
        var all = new string([.. Enumerable.Range(0, 0x10000).Select(c => (char)c)]);
        Assert.Equal(ReferenceCitationKeyPattern.FoldToAscii(all), LatinLetters.FoldToAscii(all));
        for (var c = 0x80; c < 0x10000; c++)
        {
            var one = ((char)c).ToString();
            Assert.Equal(ReferenceCitationKeyPattern.FoldToAscii(one), LatinLetters.FoldToAscii(one));
        }
    }

    [Fact]
    public void Assign_RandomListsWithClashesAndExistingKeys_SameAsReference()
    {
        var random = new Random(4242);
        for (var round = 0; round < 300; round++)
        {
            var talks = new List<Talk>();
            var count = random.Next(0, 60);
            for (var i = 0; i < count; i++)
            {
                // A small vocabulary, so natural keys clash and suffixes (a … z, aa …) are needed.
                var talk = random.Next(5) == 0 && talks.Count > 0 ? talks[random.Next(talks.Count)] : RandomClashingTalk(random);
                talks.Add(talk);
            }

            if (round % 4 == 0)
            {
                // Every talk keyed: EnsureAssigned passes the list through unless two keys clash ignoring case.
                talks = [.. talks.Select((t, i) => t with { Key = random.Next(20) == 0 ? "K0" : "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) })];
            }

            var options = new CitationKeyOptions
            {
                Pattern = random.Next(3) == 0 ? RandomPattern(random) : CitationKeyOptions.DefaultPattern,
                Owner = random.Next(2) == 0 ? null : Text(random, 4),
            };
            AssertSameTalks(talks, ReferenceCitationKeys.Assign(talks, options), CitationKeys.Assign(talks, options));
            AssertSameTalks(talks, ReferenceCitationKeys.EnsureAssigned(talks, options), CitationKeys.EnsureAssigned(talks, options));
        }
    }

    [Fact]
    public void Assign_ManyTalksWithOneNaturalKey_SameSuffixesAsReference()
    {
        var talks = Enumerable.Range(0, 800).Select(i => new Talk
        {
            Title = "Tea",
            Date = new TalkDate(2020),
            Authors = [new Person { Given = "A", Family = "Berg" }],
            Source = new SourceLocation($"t{i % 37}.md", i % 3),
            Key = i % 50 == 0 ? "berg2020teaz" : "",
        }).ToArray();
        AssertSameTalks(talks, ReferenceCitationKeys.Assign(talks, CitationKeyOptions.Default), CitationKeys.Assign(talks, CitationKeyOptions.Default));
    }

    // Same keys, same talks, and a talk is passed through (not copied) exactly when the reference passed it through.
    private static void AssertSameTalks(IReadOnlyList<Talk> input, IReadOnlyList<Talk> expected, IReadOnlyList<Talk> actual)
    {
        Assert.Equal(expected.Select(t => t.Key), actual.Select(t => t.Key));
        Assert.Equal(ReferenceEquals(input, expected), ReferenceEquals(input, actual));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
            Assert.Equal(ReferenceEquals(input[i], expected[i]), ReferenceEquals(input[i], actual[i]));
        }
    }

    private static Talk RandomClashingTalk(Random random)
    {
        string[] titles = ["Tea", "The tea", "Tea time", "On tea", "茶", "<i>Tea</i>", ""];
        string[] families = ["Berg", "Berg", "berg", "Åberg", "", "Mc'Berg"];
        var bibtex = random.Next(6) switch
        {
            0 => "@misc{berg2020tea,\n title = {x}\n}",
            1 => "@misc{Berg2020Tea, title = {x}}",
            2 => "not bibtex",
            _ => null,
        };
        return new Talk
        {
            Title = titles[random.Next(titles.Length)],
            Date = random.Next(4) == 0 ? null : new TalkDate(2019 + random.Next(2), random.Next(2) == 0 ? null : 1 + random.Next(2)),
            Authors = random.Next(5) == 0 ? [] : [new Person { Given = "A", Family = families[random.Next(families.Length)] }],
            Source = new SourceLocation($"p{random.Next(4)}.md", 1 + random.Next(2)),
            Key = random.Next(6) switch { 0 => "berg2020tea", 1 => "BERG2020TEAA", 2 => "mine", _ => "" },
            BibTeX = bibtex,
        };
    }

    private static Talk RandomTalk(Random random, int i) => new()
    {
        Title = Text(random, 10),
        Date = random.Next(5) == 0 ? null : new TalkDate(random.Next(3) == 0 ? 1 + random.Next(9999) : 1990 + random.Next(40)),
        Authors = random.Next(4) == 0 ? [] : [.. Enumerable.Range(0, 1 + random.Next(2)).Select(_ => RandomPerson(random))],
        Source = new SourceLocation($"t{i}.md"),
    };

    private static Person RandomPerson(Random random) => random.Next(6) switch
    {
        0 => Person.FromLiteral(Text(random, 6)),
        1 => new Person { Given = Text(random, 3) },
        2 => new Person(),
        3 => new Person { Given = Text(random, 3), Family = "" },
        _ => new Person { Given = random.Next(4) == 0 ? null : Text(random, 3), Family = Text(random, 3), Suffix = random.Next(4) == 0 ? "Jr." : null },
    };

    private static string RandomPattern(Random random)
    {
        var builder = new StringBuilder();
        var parts = 1 + random.Next(5);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(random.Next(3) == 0 ? "abXz09_:.-"[random.Next(10)].ToString() : Placeholders[random.Next(Placeholders.Length)]);
        }

        return builder.ToString();
    }

    private static string Text(Random random, int maxPieces)
    {
        var builder = new StringBuilder();
        var count = random.Next(maxPieces + 1);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }

    private static string RandomUnits(Random random) => new([.. Enumerable.Range(0, random.Next(20)).Select(_ => (char)random.Next(0x10000))]);

    private static string Show(string? text) => text is null ? "null" : "\"" + string.Concat(text.Select(c => c is >= ' ' and < (char)0x7f ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
