using TalkExport.Core.Model;

namespace TalkExport.Exporters.Word.Mapping;

/// <summary>
/// Recognises the CV owner in author lists, whatever way the name is written: "Olof Mogren"
/// matches "Mogren, O.", "O. Mogren" and "Mogren, Olof", but not "Olle Mogren".
/// </summary>
public sealed class OwnerNames
{
    private readonly IReadOnlyList<(string Given, string Family)> _names;

    /// <summary>Creates a matcher for the given names ("Olof Mogren", "Mogren, O."); blank names are ignored.</summary>
    public OwnerNames(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = [.. names.Select(Parse).Where(n => n.Family.Length > 0)];
    }

    /// <summary>Matches nobody.</summary>
    public static OwnerNames None { get; } = new([]);

    /// <summary>True when <paramref name="person"/> is one of the owner's names.</summary>
    public bool Matches(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var (given, family) = person.Literal is not null || string.IsNullOrWhiteSpace(person.Family)
            ? Parse(person.Name)
            : (person.Given ?? "", LastWord(person.Family));
        if (family.Length == 0)
        {
            return false;
        }

        foreach (var name in _names)
        {
            if (string.Equals(name.Family, family, StringComparison.OrdinalIgnoreCase) && GivenCompatible(name.Given, given))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits "Family, Given" or "Given … Family" (the last word is the family name).</summary>
    internal static (string Given, string Family) Parse(string name)
    {
        var text = (name ?? "").Trim();
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            var rest = text[(comma + 1)..].Split(',')[0];
            return (rest.Trim(), LastWord(text[..comma]));
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => ("", ""),
            1 => ("", words[0]),
            _ => (string.Join(' ', words[..^1]), words[^1]),
        };
    }

    // Full first names must agree; an initial agrees with any name that starts with it.
    private static bool GivenCompatible(string a, string b)
    {
        var x = FirstToken(a);
        var y = FirstToken(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return true;
        }

        if (x.Length > 1 && y.Length > 1)
        {
            return string.Equals(x, y, StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(x[..1], y[..1], StringComparison.OrdinalIgnoreCase);
    }

    private static string FirstToken(string given) =>
        given.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts[0] : "";

    private static string LastWord(string text) =>
        text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[^1] : "";
}
