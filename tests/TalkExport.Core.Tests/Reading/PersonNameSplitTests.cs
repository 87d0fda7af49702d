using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// PersonNames.Parse splits the usual name on ranges of the text instead of an array of words;
/// on names made of ordinary words, particles and suffixes it must give exactly the Person the
/// word-array rules give (kept here as the reference).
/// </summary>
public sealed class PersonNameSplitTests
{
    // The word lists are PersonNames' own (data, not the splitting under test).
    private static readonly HashSet<string> Particles = PersonNames.Particles;
    private static readonly HashSet<string> CapitalParticles = PersonNames.CapitalParticles;
    private static readonly HashSet<string> Suffixes = PersonNames.Suffixes;

    private static readonly string[] Pool =
    [
        "Anna", "Olof", "Mogren", "Berg", "José", "María", "Ng", "Li", "O'Neil", "Smith-Jones", "Åsa", "Øberg",
        "van", "der", "de", "De", "Van", "la", "La", "von", "Dal", "dos", "bin", "al",
        "Jr.", "jr", "III", "iv", "V", "Sr", "A.", "J.-P.", "Mc", "X",
    ];

    [Fact]
    public void Parse_RandomNamesOfPlainWordsParticlesAndSuffixes_SameAsWordArrayRules()
    {
        var random = new Random(1126);
        var split = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var words = new string[random.Next(1, 16)];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = Pool[random.Next(Pool.Length)];
            }

            var name = string.Join(random.Next(10) == 0 ? "  " : " ", words);
            var expected = Reference(name);
            var actual = PersonNames.Parse(name);
            Assert.True(expected == actual, $"\"{name}\": expected {Describe(expected)}, got {Describe(actual)}");
            split += expected.Literal is null ? 1 : 0;
        }

        Assert.True(split > 20_000, $"only {split} names were split");
    }

    // The rules as they were: split into an array of words, then join the parts' words with spaces.
    private static Person Reference(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? suffix = null;
        if (words.Length > 2 && Suffixes.Contains(words[^1]))
        {
            suffix = words[^1];
            words = words[..^1];
        }

        var single = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words.Length < 2)
        {
            return suffix is null ? Person.FromLiteral(single) : Person.FromLiteral(single + ", " + suffix);
        }

        var familyStart = words.Length - 1;
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (Particles.Contains(words[i]) || CapitalParticles.Contains(words[i]))
            {
                familyStart = i;
                break;
            }
        }

        var family = words[familyStart..];
        var p = 0;
        while (p < family.Length - 1 && Particles.Contains(family[p]))
        {
            p++;
        }

        return new Person
        {
            Given = string.Join(' ', words[..familyStart]),
            Particle = p == 0 ? null : string.Join(' ', family[..p]),
            Family = string.Join(' ', family[p..]),
            Suffix = suffix,
        };
    }

    private static string Describe(Person? p) => p is null ? "null" : $"[{p.Given}|{p.Particle}|{p.Family}|{p.Suffix}|{p.Literal}]";
}
