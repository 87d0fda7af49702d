using System.Text;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>
/// Name lists: <c>Family, Given and Family, Given</c>; particles (<c>van der Berg, Anna</c>),
/// suffixes (<c>King, Jr., Martin</c>), organisations in an extra brace pair
/// (<c>{Research Institutes of Sweden}</c> inside the field), a literal "and" as <c>{and}</c>
/// so that it does not split the list; a split name with a comma inside a part is written whole.
/// </summary>
internal static class BibTeXNames
{
    [ThreadStatic]
    private static StringBuilder? _output;

    [ThreadStatic]
    private static StringBuilder? _parts;

    /// <summary>The value of an <c>author</c> field for <paramref name="people"/>.</summary>
    public static string Format(IReadOnlyList<Person> people, bool asciiAccents)
    {
        // Per-thread builders; one grown by a huge name list is let go rather than kept.
        var output = _output is { Capacity: <= 1 << 16 } keptOutput ? keptOutput : _output = new StringBuilder(256);
        var parts = _parts is { Capacity: <= 1 << 16 } keptParts ? keptParts : _parts = new StringBuilder(128);
        output.Clear();
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var mark = output.Length;
            if (mark > 0)
            {
                output.Append(" and ");
            }

            var nameStart = output.Length;
            AppendOne(output, parts, person, asciiAccents);
            if (output.Length == nameStart)
            {
                output.Length = mark;
            }
        }

        return output.ToString();
    }

    // Writes one name to output (nothing for a name with no text). Parts are escaped into
    // `parts` first: the family comes first in the output but decides how the rest is written.
    private static void AppendOne(StringBuilder output, StringBuilder parts, Person person, bool asciiAccents)
    {
        parts.Clear();
        if (person.Literal is { } literal)
        {
            AppendPart(parts, literal, asciiAccents);
            AppendGroup(output, parts, 0, parts.Length);
            return;
        }

        // biber counts every comma of a name that is not wholly braced ("too many commas" drops the
        // entry), so a split name with a comma inside a part is written whole, as an organisation is.
        if (HasComma(person.Given) || HasComma(person.Particle) || HasComma(person.Family) || HasComma(person.Suffix))
        {
            AppendPart(parts, person.Name, asciiAccents);
            AppendGroup(output, parts, 0, parts.Length);
            return;
        }

        var familyText = string.IsNullOrWhiteSpace(person.Particle) ? person.Family
            : string.IsNullOrWhiteSpace(person.Family) ? person.Particle
            : person.Particle + " " + person.Family;
        AppendPart(parts, familyText, asciiAccents);
        var family = parts.Length;
        AppendPart(parts, person.Given, asciiAccents);
        var given = parts.Length - family;
        AppendPart(parts, person.Suffix, asciiAccents);
        var suffix = parts.Length - family - given;
        if (family == 0)
        {
            // Only a given name (a mononym): kept whole so that bibtex does not call it a family name.
            if (given > 0)
            {
                AppendGroup(output, parts, family, given);
            }
        }
        else if (given == 0 && suffix == 0)
        {
            if (person.Particle is null && Contains(parts, 0, family, ' '))
            {
                AppendGroup(output, parts, 0, family);
            }
            else
            {
                output.Append(parts, 0, family);
            }
        }
        else
        {
            output.Append(parts, 0, family).Append(", ");
            if (suffix > 0)
            {
                output.Append(parts, family + given, suffix).Append(", ");
            }

            output.Append(parts, family, given);
        }
    }

    // The escaped text, with "{,}" so that a comma does not split the name in bibtex, "{=}" so that
    // "given=" is not read as biber's extended name format, and a word "and" as "{and}".
    private static void AppendPart(StringBuilder output, string? text, bool asciiAccents)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var escaped = BibTeXEscaper.Escape(text, CaseProtection.None, asciiAccents).AsSpan();
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c is ',' or '=')
            {
                output.Append('{').Append(c).Append('}');
            }
            else if (IsAndWord(escaped, i))
            {
                output.Append('{').Append(escaped.Slice(i, 3)).Append('}');
                i += 2;
            }
            else
            {
                output.Append(c);
            }
        }
    }

    // "and" in any case, between white space or the ends (as the regex (?<=^|\s)and(?=\s|$) matches).
    private static bool IsAndWord(ReadOnlySpan<char> text, int i) =>
        (text[i] | 0x20) == 'a' && i + 3 <= text.Length && (text[i + 1] | 0x20) == 'n' && (text[i + 2] | 0x20) == 'd'
        && (i == 0 || char.IsWhiteSpace(text[i - 1])) && (i + 3 == text.Length || char.IsWhiteSpace(text[i + 3]));

    private static void AppendGroup(StringBuilder output, StringBuilder parts, int start, int length)
    {
        var twice = length > 0 && parts[start] == '\\';
        output.Append(twice ? "{{" : "{").Append(parts, start, length).Append(twice ? "}}" : "}");
    }

    private static bool Contains(StringBuilder parts, int start, int length, char c)
    {
        for (var i = start; i < start + length; i++)
        {
            if (parts[i] == c)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasComma(string? part) => part?.Contains(',', StringComparison.Ordinal) == true;
}
