using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// What a dialect read from one record by its own rules; <see cref="TalkBuilder"/> makes the talk of it
/// with what every dialect reads alike. A struct: one per record, never on the heap.
/// </summary>
internal readonly struct TalkFields
{
    /// <summary>The first day, or null.</summary>
    public required TalkDate? Date { get; init; }

    /// <summary>The last day as written (the builder keeps it only when later than <see cref="Date"/>).</summary>
    public TalkDate? EndDate { get; init; }

    /// <summary>The speakers' names as written (none: the owner).</summary>
    public required IEnumerable<string> AuthorNames { get; init; }

    /// <summary>The kind.</summary>
    public required TalkKind Kind { get; init; }

    /// <summary>The venue.</summary>
    public string? Venue { get; init; }

    /// <summary>The place.</summary>
    public string? Location { get; init; }

    /// <summary>The institution, when the place is given apart.</summary>
    public string? Institution { get; init; }

    /// <summary>The abstract.</summary>
    public string? Abstract { get; init; }

    /// <summary>The links, absolute where the site URL is known.</summary>
    public required TalkLinks Links { get; init; }
}
