using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// Splits written names into <see cref="Person"/> parts so that a citation format can write them
/// back unambiguously ("Berg, Anna van der"; "King, Jr., Martin"). What cannot be split safely
/// (organisations, mononyms, names with brackets or digits) stays a literal.
/// </summary>
public static class PersonNames
{
    // Lowercase particles become Person.Particle; written capitalised ("Dal Cengio", "De Maeyer")
    // they belong to the family name, as the person writes it.
    internal static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dal", "dalla", "du", "des", "le", "la",
        "ten", "ter", "op", "het", "bin", "ibn", "al", "el", "dos", "das", "do", "zu", "af", "av",
    };

    // Capitalised, only these common European particles start a family name ("Sven De Maeyer").
    internal static readonly HashSet<string> CapitalParticles = new(StringComparer.Ordinal)
    {
        "De", "Van", "Von", "Dal", "Dalla", "Del", "Della", "Di", "Du", "Der", "Den", "Ter", "Ten", "Dos", "Das", "La", "Le", "Da",
    };

    internal static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalParticleLookup = CapitalParticles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Honorifics = ["Dr.", "Dr", "Prof.", "Prof", "Professor", "Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Mx.", "Mx"];

    // Degrees after a comma ("Emily M. Hastings, Ph.D."), matched as written: "Ma" after a comma is a given name.
    private static readonly HashSet<string> Degrees = new(StringComparer.Ordinal)
    {
        "PhD", "Ph.D.", "Ph.D", "Ph. D.", "PHD", "MD", "M.D.", "MSc", "M.Sc.", "MA", "M.A.", "MBA", "M.B.A.", "BSc", "B.Sc.", "DPhil", "D.Phil.",
    };

    // Degrees written as a last word without a comma ("Jane Doe PhD"): not "MA", which is also a family name (Yi MA).
    private static readonly HashSet<string> TrailingDegrees = new(Degrees.Where(d => d is not "MA" and not "Ph. D."), StringComparer.Ordinal);

    // Span lookups into the sets above, so checking a name's words allocates nothing.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DegreeLookup = Degrees.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingDegreeLookup = TrailingDegrees.GetAlternateLookup<ReadOnlySpan<char>>();

    // A word starting like these marks a group or institution, whose name must never be split.
    private static readonly string[] OrganisationStems =
    [
        "universi", "institu", "laborator", "consorti", "committe", "societ", "associa", "foundation",
        "departm", "collaborat", "initiative",
    ];

    // Whole words that mark a group or institution.
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "lab", "group", "team", "center", "centre", "inc", "inc.", "ltd", "ltd.", "gmbh", "network", "project",
        "council", "school", "college", "alliance", "club", "office", "agency", "ministry", "academy",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationWordLookup = OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Splits one name; null for a blank one.</summary>
    public static Person? Parse(string? written)
    {
        var name = TextCleaner.SingleLine(written);
        if (name is null)
        {
            return null;
        }

        name = WithoutTitlesAndDegrees(name);
        if (LooksLiteral(name))
        {
            return Person.FromLiteral(name);
        }

        string? suffix = null;
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            var after = name[(comma + 1)..].Trim();
            var before = name[..comma].Trim();
            if (Suffixes.Contains(after))
            {
                suffix = after;
                name = before;
            }
            else if (after.Length > 0 && before.Length > 0 && !after.Contains(',', StringComparison.Ordinal))
            {
                // "Family, Given" as BibTeX writes it.
                return FromParts(after.Split(' ', StringSplitOptions.RemoveEmptyEntries), before.Split(' ', StringSplitOptions.RemoveEmptyEntries), null);
            }
            else
            {
                return Person.FromLiteral(name);
            }
        }

        if (FromSingleSpacedWords(name, suffix) is { } person)
        {
            return person;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (suffix is null && words.Length > 2 && Suffixes.Contains(words[^1]))
        {
            suffix = words[^1];
            words = words[..^1];
        }

        if (words.Length < 2)
        {
            return suffix is null ? Person.FromLiteral(name) : Person.FromLiteral(name + ", " + suffix);
        }

        // The family name starts at the first particle after the first word, else it is the last word.
        var familyStart = words.Length - 1;
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (Particles.Contains(words[i]) || CapitalParticles.Contains(words[i]))
            {
                familyStart = i;
                break;
            }
        }

        return FromParts(words[..familyStart], words[familyStart..], suffix);
    }

    // The rules above for the usual name (a few words, one space apart, as TextCleaner leaves them),
    // on ranges of the name rather than an array of words: each part is then one substring, which is
    // what joining its words with single spaces gives. Null for anything else (the general path).
    private static Person? FromSingleSpacedWords(string name, string? suffix)
    {
        const int MaxWords = 12;
        Span<Range> all = stackalloc Range[MaxWords + 1];
        var count = name.AsSpan().Split(all, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count > MaxWords || count == 0)
        {
            return null;
        }

        var words = all[..count];
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].Start.Value != words[i - 1].End.Value + 1)
            {
                return null;
            }
        }

        if (suffix is null && words.Length > 2 && SuffixLookup.Contains(name.AsSpan(words[^1])))
        {
            suffix = name[words[^1]];
            words = words[..^1];
        }

        if (words.Length < 2)
        {
            return suffix is null ? Person.FromLiteral(name) : Person.FromLiteral(name + ", " + suffix);
        }

        var familyStart = words.Length - 1;
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (ParticleLookup.Contains(name.AsSpan(words[i])) || CapitalParticleLookup.Contains(name.AsSpan(words[i])))
            {
                familyStart = i;
                break;
            }
        }

        // As FromParts: leading lowercase particles of the family part are the particle.
        var p = 0;
        while (familyStart + p < words.Length - 1 && ParticleLookup.Contains(name.AsSpan(words[familyStart + p])))
        {
            p++;
        }

        return new Person
        {
            Given = Words(name, words[0], words[familyStart - 1]),
            Particle = p == 0 ? null : Words(name, words[familyStart], words[familyStart + p - 1]),
            Family = Words(name, words[familyStart + p], words[^1]),
            Suffix = suffix,
        };
    }

    private static string Words(string name, Range first, Range last) => name[first.Start.Value..last.End.Value];

    /// <summary>True for a generational suffix ("Jr.", "III").</summary>
    public static bool IsSuffix(string word) => Suffixes.Contains(word.Trim());

    /// <summary>A person from names already split by the source (Hugo <c>first_name</c>/<c>last_name</c>).</summary>
    public static Person? FromGivenFamily(string? given, string? family)
    {
        var g = TextCleaner.SingleLine(given);
        var f = TextCleaner.SingleLine(family);
        if (f is null)
        {
            return g is null ? null : Person.FromLiteral(g);
        }

        return FromParts(g?.Split(' ') ?? [], f.Split(' '), null);
    }

    private static Person FromParts(string[] given, string[] family, string? suffix)
    {
        // Leading lowercase particles of the family part ("van der Berg") are the particle.
        var p = 0;
        while (p < family.Length - 1 && Particles.Contains(family[p]))
        {
            p++;
        }

        return new Person
        {
            Given = given.Length == 0 ? null : string.Join(' ', given),
            Particle = p == 0 ? null : string.Join(' ', family[..p]),
            Family = string.Join(' ', family[p..]),
            Suffix = suffix,
        };
    }

    /// <summary>
    /// <paramref name="author"/> split as the pinned <paramref name="owner"/> is ("Bruno Degli Esposti" →
    /// family "Degli Esposti" for the owner "Degli Esposti, Bruno") when it names the owner: it ends
    /// with the owner's family words and its given names agree with the owner's (an initial agrees
    /// with the name it starts, accents aside). Anyone else is returned unchanged.
    /// </summary>
    internal static Person SplitAsOwner(Person author, Person owner)
    {
        if (author.Literal is not null || owner.Literal is not null || owner.Family is null
            || (author.Family == owner.Family && author.Particle == owner.Particle))
        {
            return author;
        }

        var family = owner.Particle is null ? owner.Family : owner.Particle + " " + owner.Family;
        var written = (author with { Suffix = null }).Name;
        if (written.Length <= family.Length + 1 || written[^(family.Length + 1)] != ' '
            || !written.EndsWith(family, StringComparison.OrdinalIgnoreCase))
        {
            return author;
        }

        var given = written[..^(family.Length + 1)].TrimEnd();
        if (!GivenAgree(given, owner.Given))
        {
            return author;
        }

        return new Person { Given = given, Particle = owner.Particle, Family = owner.Family, Suffix = author.Suffix ?? owner.Suffix };
    }

    // First given names agree: the same name ignoring case and accents, or an initial and a name it starts.
    private static bool GivenAgree(string given, string? ownerGiven)
    {
        var a = FirstGivenName(given);
        var b = FirstGivenName(ownerGiven);
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length;
        }

        return a.Length == 1 || b.Length == 1
            ? char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0])
            : string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }

    private static string FirstGivenName(string? given) =>
        given?.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? LatinLetters.FoldToAscii(first) : "";

    /// <summary>
    /// The name without honorifics before it ("Dr.", "Prof. Dr.", "Dr. rer. nat.") and degrees after it
    /// ("Ph.D.", ", PhD", "MD"): a citation names the person, not the title or degree. Generational
    /// suffixes ("Jr.", "III") are part of the name and stay.
    /// </summary>
    internal static string WithoutTitlesAndDegrees(string name)
    {
        while (WithoutHonorific(name) is { } rest)
        {
            name = rest;
        }

        while (WithoutDegree(name) is { } rest)
        {
            name = rest;
        }

        return name;
    }

    // The name after one leading honorific and the lowercase abbreviations of a German doctorate
    // that follow it ("Dr. rer. nat.", "Dr. phil."); null when it starts with none.
    private static string? WithoutHonorific(string name)
    {
        foreach (var title in Honorifics)
        {
            // The title, a space, then more: without building title + " " for every name.
            if (name.Length > title.Length + 1 && name[title.Length] == ' ' && name.StartsWith(title, StringComparison.OrdinalIgnoreCase))
            {
                var rest = name[(title.Length + 1)..].TrimStart();
                while (rest.IndexOf(' ') is > 1 and var space && rest[space - 1] == '.' && char.IsLower(rest[0]))
                {
                    rest = rest[(space + 1)..].TrimStart();
                }

                return rest;
            }
        }

        return null;
    }

    // The name without its last degree (", PhD" or a last word "PhD"); null when it ends in none.
    private static string? WithoutDegree(string name)
    {
        var comma = name.LastIndexOf(',');
        if (comma > 0 && DegreeLookup.Contains(name.AsSpan(comma + 1).Trim()))
        {
            return name[..comma].TrimEnd();
        }

        var space = name.LastIndexOf(' ');
        if (space > 0 && name.AsSpan(0, space).Trim().Contains(' ') && TrailingDegreeLookup.Contains(name.AsSpan(space + 1)))
        {
            return name[..space].TrimEnd().TrimEnd(',');
        }

        return null;
    }

    private static bool LooksLiteral(string name)
    {
        foreach (var c in name)
        {
            if (char.IsDigit(c) || c is '(' or ')' or '[' or ']' or '{' or '}' or '&' or '/' or '@' or '|' or ';')
            {
                return true;
            }
        }

        foreach (var stem in OrganisationStems)
        {
            if (KindRules.ContainsAtWordStart(name, stem))
            {
                return true;
            }
        }

        foreach (var range in name.AsSpan().Split(' '))
        {
            if (OrganisationWordLookup.Contains(name.AsSpan(range).TrimEnd(',')))
            {
                return true;
            }
        }

        return false;
    }
}
