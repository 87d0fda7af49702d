using System.Globalization;
using System.Text;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Word.Mapping;

/// <summary>Writes a <see cref="Person"/> the way each style wants it.</summary>
internal static class PersonNames
{
    /// <summary>APA: "Mogren, O.", "van der Berg, A. M.", "King, M. L., Jr."; a literal name as written; a CJK name family first, whole ("张伟").</summary>
    public static string Apa(Person person)
    {
        var family = FamilyWithParticle(person);
        if (person.Literal is not null || family is null)
        {
            return person.Literal ?? person.Given ?? "";
        }

        if (IsCjk(family) || IsCjk(person.Given))
        {
            // Initials of Han or Hangul names mean nothing; such names are written family first without a space.
            return family + person.Given;
        }

        var name = string.IsNullOrWhiteSpace(person.Given) ? family : $"{family}, {Initials(person.Given)}";
        return person.Suffix is null ? name : $"{name}, {person.Suffix}";
    }

    /// <summary>Chicago, first author: "Mogren, Olof", "King, Martin, Jr."; a literal name as written.</summary>
    public static string Inverted(Person person)
    {
        var family = FamilyWithParticle(person);
        if (person.Literal is not null || family is null)
        {
            return person.Literal ?? person.Given ?? "";
        }

        if (IsCjk(family) || IsCjk(person.Given))
        {
            return family + person.Given;
        }

        var name = string.IsNullOrWhiteSpace(person.Given) ? family : $"{family}, {person.Given}";
        return person.Suffix is null ? name : $"{name}, {person.Suffix}";
    }

    /// <summary>Given names first, as the person writes it.</summary>
    public static string Natural(Person person) =>
        person.Literal is null && (IsCjk(person.Family) || IsCjk(person.Given)) ? person.Family + person.Given : person.Name;

    /// <summary>"Olof" → "O.", "Jan-Erik" → "J.-E.", "Anna Maria" → "A. M."; initials already given stay.</summary>
    public static string Initials(string given)
    {
        var words = given.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = new StringBuilder();
        foreach (var word in words)
        {
            if (result.Length > 0)
            {
                result.Append(' ');
            }

            var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    result.Append('-');
                }

                // A text element keeps a letter with its combining marks or a surrogate pair whole.
                var first = StringInfo.GetNextTextElementLength(parts[i]);
                result.Append(parts[i].AsSpan(0, first)).Append('.');
            }
        }

        return result.ToString();
    }

    private static bool IsCjk(string? text) =>
        text is not null && text.Any(c => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF'));

    private static string? FamilyWithParticle(Person person)
    {
        if (string.IsNullOrWhiteSpace(person.Family))
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(person.Particle) ? person.Family : $"{person.Particle} {person.Family}";
    }
}
