namespace TalkExport.Core.Model;

/// <summary>
/// A speaker or co-author. Either a personal name split into <see cref="Given"/> and
/// <see cref="Family"/> (with an optional particle and suffix), or a <see cref="Literal"/>
/// name that must never be split (an organisation, a mononym).
/// </summary>
public sealed record Person
{
    /// <summary>Given names ("Olof"), or null.</summary>
    public string? Given { get; init; }

    /// <summary>Family name without particle ("Berg" in "Anna van der Berg"), or null.</summary>
    public string? Family { get; init; }

    /// <summary>Lowercase name particle ("van der", "de"), or null.</summary>
    public string? Particle { get; init; }

    /// <summary>Generational suffix ("Jr.", "III"), or null.</summary>
    public string? Suffix { get; init; }

    /// <summary>A name kept whole (organisations, mononyms), or null for a split name.</summary>
    public string? Literal { get; init; }

    /// <summary>The name as a person writes it: "Olof Mogren", "Anna van der Berg", "Martin King, Jr.".</summary>
    public string Name
    {
        get
        {
            if (Literal is not null)
            {
                return Literal;
            }

            // Exporters ask for this per author and per entry: joined without LINQ or arrays.
            var name = Join(Join(Given, Particle), Family);
            return Suffix is null ? name : $"{name}, {Suffix}";
        }
    }

    private static string Join(string? first, string? second) =>
        string.IsNullOrEmpty(first) ? second ?? "" : string.IsNullOrEmpty(second) ? first : string.Concat(first, " ", second);

    /// <summary>A literal (unsplittable) name.</summary>
    public static Person FromLiteral(string name) => new() { Literal = name };

    /// <inheritdoc/>
    public override string ToString() => Name;
}
