using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Exporters.BibTeX.Importing;

/// <summary>
/// An <c>author</c> field as people: names split at " and " outside braces ("and others" is
/// dropped); each name in BibTeX's three forms, split at its commas outside braces:
/// <c>von Last, First</c>, <c>von Last, Jr, First</c>, or <c>First von Last</c> (split by
/// <see cref="PersonNames.Parse"/>). A name wholly in braces (<c>{Research Institutes of Sweden}</c>)
/// is a literal; braces inside a part keep it whole (<c>{de la Cruz}, Ana</c> has no particle).
/// The inverse of what <c>BibTeXNames</c> writes.
/// </summary>
internal static class BibTeXNameList
{
    /// <summary>The people of <paramref name="tex"/>, in order.</summary>
    public static List<Person> Parse(string tex)
    {
        var people = new List<Person>();
        foreach (var name in SplitTopLevel(tex, IsAndAt))
        {
            var trimmed = name.Trim();
            if (trimmed.Length == 0 || trimmed.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (One(trimmed) is { } person)
            {
                people.Add(person);
            }
        }

        return people;
    }

    private static Person? One(string name)
    {
        if (IsWhollyBraced(name))
        {
            return Text(name) is { } literal ? Person.FromLiteral(literal) : null;
        }

        var parts = SplitTopLevel(name, (s, i) => s[i] == ',' ? 1 : 0);
        if (parts.Count == 1)
        {
            return PersonNames.Parse(Text(name));
        }

        // von Last, First  or  von Last, Jr, First (more commas: the rest is the given name).
        var (particle, family) = VonLast(parts[0].Trim());
        var suffix = parts.Count >= 3 ? Text(parts[1]) : null;
        var given = Text(string.Join(",", parts.Skip(parts.Count >= 3 ? 2 : 1)));
        if (family is null)
        {
            return given is null ? null : Person.FromLiteral(given);
        }

        return new Person { Given = given, Particle = particle, Family = family, Suffix = suffix };
    }

    // The lowercase words before the last name are the particle ("van der Berg"); a braced
    // word is part of the last name whatever its case.
    private static (string? Particle, string? Family) VonLast(string part)
    {
        var words = SplitTopLevel(part, (s, i) => char.IsWhiteSpace(s[i]) ? 1 : 0).Where(w => w.Length > 0).ToList();
        var von = 0;
        while (von < words.Count - 1 && char.IsLower(words[von][0]))
        {
            von++;
        }

        var particle = von == 0 ? null : Text(string.Join(' ', words.Take(von)));
        return (particle, Text(string.Join(' ', words.Skip(von))));
    }

    private static string? Text(string tex) => TextCleaner.SingleLine(TeXText.Decode(tex));

    private static bool IsWhollyBraced(string name)
    {
        if (name.Length < 2 || name[0] != '{' || name[^1] != '}')
        {
            return false;
        }

        var depth = 0;
        for (var i = 0; i < name.Length; i++)
        {
            depth += name[i] == '{' ? 1 : name[i] == '}' ? -1 : 0;
            if (depth == 0 && i < name.Length - 1)
            {
                return false;
            }
        }

        return true;
    }

    // " and " (any case, between white space) at brace depth 0: the separator's length, else 0.
    private static int IsAndAt(string s, int i)
    {
        if (!char.IsWhiteSpace(s[i]) || i + 4 >= s.Length || (s[i + 1] | 0x20) != 'a' || (s[i + 2] | 0x20) != 'n' || (s[i + 3] | 0x20) != 'd' || !char.IsWhiteSpace(s[i + 4]))
        {
            return 0;
        }

        return 5;
    }

    // Pieces of `text` between separators found at brace depth 0 (a backslash keeps the next character).
    private static List<string> SplitTopLevel(string text, Func<string, int, int> separatorAt)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && separatorAt(text, i) is > 0 and var length)
            {
                pieces.Add(text[start..i]);
                start = i + length;
                i = start - 1;
            }
        }

        pieces.Add(text[start..]);
        return pieces;
    }
}
