using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Tests.Exporting;

public sealed class CitationKeysTests
{
    private static Talk MakeTalk(string title, TalkDate? date, string path, params Person[] authors) => new()
    {
        Title = title,
        Date = date,
        Authors = authors,
        Source = new SourceLocation(path),
    };

    private static Person Name(string given, string family) => new() { Given = given, Family = family };

    [Theory]
    [InlineData("Uncertainty in deep learning", "Mogren", "mogren2020uncertainty")]
    [InlineData("The art of <i>GANs</i>", "Mogren", "mogren2020art")]
    [InlineData("On the Use of Bayes", "Åström", "astrom2020use")]
    [InlineData("Über Straße", "Gauß", "gauss2020uber")]
    [InlineData("Don't panic", "O'Neil", "oneil2020dont")]
    [InlineData("深度学习 and Ørsted", "Lindqvist", "lindqvist2020orsted")]
    public void NaturalKey_PersonalName_FamilyYearFirstSignificantWord(string title, string family, string expected)
    {
        var talk = MakeTalk(title, new TalkDate(2020, 11, 5), "a.md", Name("X", family));
        Assert.Equal(expected, CitationKeys.NaturalKey(talk));
        Assert.True(CitationKeys.IsWellFormed(expected));
    }

    [Fact]
    public void NaturalKey_NoAuthorNoOwner_UsesAnon()
    {
        var talk = MakeTalk("Tea", new TalkDate(2019), "a.md");
        Assert.Equal("anon2019tea", CitationKeys.NaturalKey(talk));
    }

    [Fact]
    public void NaturalKey_NoAuthor_UsesOwnerFamily()
    {
        var talk = MakeTalk("Tea", new TalkDate(2019), "a.md");
        Assert.Equal("king2019tea", CitationKeys.NaturalKey(talk, "Martin Luther King, Jr."));
    }

    [Fact]
    public void NaturalKey_NoDate_HasNoYearPart()
    {
        var talk = MakeTalk("Tea", null, "a.md", Name("Olof", "Mogren"));
        Assert.Equal("mogren" + "tea", CitationKeys.NaturalKey(talk));
    }

    [Fact]
    public void NaturalKey_Organisation_UsesFirstSignificantWord()
    {
        var talk = MakeTalk("Tea", new TalkDate(2019), "a.md", Person.FromLiteral("The Research Institutes of Sweden"));
        Assert.Equal("research2019tea", CitationKeys.NaturalKey(talk));
    }

    [Fact]
    public void NaturalKey_NothingAsciiAndDigitStart_StillWellFormed()
    {
        var cjk = MakeTalk("深度学习", null, "a.md", Person.FromLiteral("王小明"));
        var digit = MakeTalk("Tea", new TalkDate(2019), "a.md", Person.FromLiteral("3M"));
        Assert.Equal("anon", CitationKeys.NaturalKey(cjk));
        Assert.Equal("key3m2019tea", CitationKeys.NaturalKey(digit));
    }

    [Fact]
    public void Assign_Clashes_SuffixInDateTitlePathOrder()
    {
        var olof = Name("Olof", "Mogren");
        var talks = new[]
        {
            MakeTalk("Neural ODEs", new TalkDate(2019, 1, 31), "b.md", olof),
            MakeTalk("Neural ODEs", new TalkDate(2019, 1, 31), "a.md", olof),
            MakeTalk("Neural nets", new TalkDate(2019, 1, 1), "c.md", olof),
            MakeTalk("Other", new TalkDate(2019, 1, 1), "d.md", olof),
        };

        var keys = CitationKeys.Assign(talks).Select(t => t.Key).ToArray();

        Assert.Equal(["mogren2019neuralb", "mogren2019neurala", "mogren2019neural", "mogren2019other"], keys);
    }

    [Fact]
    public void Assign_ExistingBibTeXKey_ReservedAndKept()
    {
        var olof = Name("Olof", "Mogren");
        var talks = new[]
        {
            MakeTalk("Neural ODEs", new TalkDate(2018), "a.md", olof),
            MakeTalk("Neural ODEs again", new TalkDate(2020), "b.md", olof) with { BibTeX = "@misc{Mogren2018Neural,\n  title = {x}\n}\n" },
        };

        var keys = CitationKeys.Assign(talks).Select(t => t.Key).ToArray();

        Assert.Equal(["mogren2018neurala", "Mogren2018Neural"], keys);
    }

    [Fact]
    public void Assign_KeysDifferOnlyInCase_UniqueIgnoringCase()
    {
        var talks = new[]
        {
            MakeTalk("x", null, "a.md") with { Key = "Dup2020" },
            MakeTalk("y", null, "b.md") with { BibTeX = "@misc{dup2020, title={y}}" },
        };

        var keys = CitationKeys.Assign(talks).Select(t => t.Key).ToArray();

        Assert.Equal(["Dup2020", "dup2020a"], keys);
    }

    [Fact]
    public void Assign_ShuffledInput_SameKeyPerTalk()
    {
        var olof = Name("Olof", "Mogren");
        var talks = Enumerable.Range(0, 12).Select(i => MakeTalk(i % 3 == 0 ? "Same title" : "Same words " + i, new TalkDate(2020, 1 + (i % 2)), $"t{i}.md", olof)).ToArray();
        var expected = CitationKeys.Assign(talks).ToDictionary(t => t.Source.Path, t => t.Key);

        var shuffled = talks.Reverse().ToArray();
        var actual = CitationKeys.Assign(shuffled).ToDictionary(t => t.Source.Path, t => t.Key);

        Assert.Equal(expected, actual);
        Assert.Equal(talks.Length, expected.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void EnsureAssigned_AllKeyed_ReturnsSameInstance()
    {
        IReadOnlyList<Talk> talks = [MakeTalk("x", null, "a.md") with { Key = "k1" }, MakeTalk("y", null, "b.md") with { Key = "k2" }];
        Assert.Same(talks, CitationKeys.EnsureAssigned(talks));
    }

    [Fact]
    public void EnsureAssigned_SomeEmpty_KeepsGivenAndFillsRest()
    {
        var talks = new[] { MakeTalk("Tea", null, "a.md") with { Key = "anontea" }, MakeTalk("Tea", null, "b.md") };
        Assert.Equal(["anontea", "anonteaa"], CitationKeys.EnsureAssigned(talks).Select(t => t.Key));
    }

    [Theory]
    [InlineData("{family}:{year}:{words}", "mogren:2020:uncertaintydeeplearning")]
    [InlineData("{given}-{family}", "olof-mogren")]
    public void Assign_KeyPattern_Applied(string pattern, string expected)
    {
        var talk = MakeTalk("Uncertainty in deep learning", new TalkDate(2020, 11, 5), "a.md", Name("Olof", "Mogren"));
        Assert.Equal(expected, CitationKeys.Assign([talk], new CitationKeyOptions { Pattern = pattern })[0].Key);
    }

    [Theory]
    [InlineData("{nope}")]
    [InlineData("{family")]
    [InlineData("{family} {year}")]
    public void Assign_BadKeyPattern_Throws(string pattern) =>
        Assert.Throws<ArgumentException>(() => CitationKeys.Assign([], new CitationKeyOptions { Pattern = pattern }));

    [Theory]
    [InlineData("@misc{mogren2020uncertainty,\n  author = {x}\n}", "mogren2020uncertainty")]
    [InlineData("  @Unpublished { key:2020-x , ", "key:2020-x")]
    [InlineData("not bibtex", null)]
    [InlineData("", null)]
    public void ExistingKey_EntryText_Key(string text, string? expected) => Assert.Equal(expected, CitationKeys.ExistingKey(text));

    [Theory]
    [InlineData('ö', "\\\"o")]
    [InlineData('Å', "\\AA")]
    [InlineData('ç', "\\c{c}")]
    [InlineData('ấ', "\\'{\\^a}")]
    [InlineData('ß', "\\ss")]
    [InlineData('中', null)]
    public void LatinLetters_ToTeX_AccentCommand(char letter, string? expected) => Assert.Equal(expected, LatinLetters.ToTeX(letter));
}
