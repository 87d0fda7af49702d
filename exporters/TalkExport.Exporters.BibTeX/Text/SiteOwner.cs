using TalkExport.Core.Model;

namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>
/// Tells whether an author is the site owner ("Olof Mogren", "Mogren, Olof", "O. Mogren"): the
/// same family name (its last word, ignoring case) and first given names that agree, an initial
/// agreeing with any name it starts. The <c>orcid</c> dialect leaves the owner out: ORCID adds the
/// record holder to every imported work itself.
/// </summary>
internal sealed class SiteOwner
{
    private readonly string _given;
    private readonly string _family;

    public SiteOwner(string? owner)
    {
        (_given, _family) = Split(owner ?? "");
    }

    public bool Is(Person person)
    {
        if (_family.Length == 0)
        {
            return false;
        }

        var (given, family) = person.Literal is not null || string.IsNullOrWhiteSpace(person.Family)
            ? Split(person.Name)
            : (person.Given ?? "", LastWord(person.Family));
        return string.Equals(family, _family, StringComparison.OrdinalIgnoreCase) && GivenAgree(given, _given);
    }

    private static (string Given, string Family) Split(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            return (name[(comma + 1)..].Split(',')[0].Trim(), LastWord(name[..comma]));
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 0 ? ("", "") : (string.Join(' ', words[..^1]), words[^1]);
    }

    private static bool GivenAgree(string a, string b)
    {
        var x = a.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var y = b.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (x.Length == 0 || y.Length == 0)
        {
            return true;
        }

        return x.Length > 1 && y.Length > 1
            ? string.Equals(x, y, StringComparison.OrdinalIgnoreCase)
            : char.ToUpperInvariant(x[0]) == char.ToUpperInvariant(y[0]);
    }

    private static string LastWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } words ? words[^1] : "";
}
