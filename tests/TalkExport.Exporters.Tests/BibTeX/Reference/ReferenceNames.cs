using System.Text.RegularExpressions;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX.Text;

namespace TalkExport.Exporters.Tests.BibTeX.Reference;

/// <summary>Name lists as they were before the allocation work (Split/Join, Regex).</summary>
internal static partial class ReferenceNames
{
    /// <summary>The value of an <c>author</c> field for <paramref name="people"/>.</summary>
    public static string Format(IReadOnlyList<Person> people, bool asciiAccents) =>
        string.Join(" and ", people.Select(p => FormatOne(p, asciiAccents)).Where(n => n.Length > 0));

    private static string FormatOne(Person person, bool asciiAccents)
    {
        if (person.Literal is { } literal)
        {
            return Group(Part(literal, asciiAccents));
        }

        // biber counts every comma of a name that is not wholly braced ("too many commas" drops the
        // entry), so a split name with a comma inside a part is written whole, as an organisation is.
        if (new[] { person.Given, person.Particle, person.Family, person.Suffix }.Any(p => p?.Contains(',', StringComparison.Ordinal) == true))
        {
            return Group(Part(person.Name, asciiAccents));
        }

        var family = Part(string.Join(' ', new[] { person.Particle, person.Family }.Where(p => !string.IsNullOrWhiteSpace(p))), asciiAccents);
        var given = Part(person.Given, asciiAccents);
        var suffix = Part(person.Suffix, asciiAccents);
        if (family.Length == 0)
        {
            // Only a given name (a mononym): kept whole so that bibtex does not call it a family name.
            return given.Length == 0 ? "" : Group(given);
        }

        if (given.Length == 0 && suffix.Length == 0)
        {
            return family.Contains(' ', StringComparison.Ordinal) && person.Particle is null ? Group(family) : family;
        }

        return suffix.Length > 0 ? $"{family}, {suffix}, {given}" : $"{family}, {given}";
    }

    private static string Part(string? text, bool asciiAccents)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var escaped = ReferenceEscaper.Escape(text, CaseProtection.None, asciiAccents);
        // "{,}" keeps a comma from splitting the name in bibtex; "{=}" keeps "given=" from being read
        // as biber's extended name format.
        escaped = escaped.Replace(",", "{,}", StringComparison.Ordinal).Replace("=", "{=}", StringComparison.Ordinal);
        return AndWord().Replace(escaped, "{$1}");
    }

    private static string Group(string text) => text.StartsWith('\\') ? "{{" + text + "}}" : "{" + text + "}";

    [GeneratedRegex(@"(?<=^|\s)(and)(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndWord();
}
