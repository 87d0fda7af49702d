using TalkExport.Core.Model;

namespace TalkExport.Core.Exporting;

/// <summary>What a run selects from the talks it read, and in which order (the shared filters of every verb).</summary>
public sealed record TalkQueryOptions
{
    /// <summary>Everything, newest first.</summary>
    public static TalkQueryOptions Default { get; } = new();

    /// <summary>Keep talks that end on or after this date (a partial date means its first day), or null.</summary>
    public TalkDate? From { get; init; }

    /// <summary>Keep talks that start on or before this date (a partial date means its last day), or null.</summary>
    public TalkDate? To { get; init; }

    /// <summary>Keep talks of any of these kinds; empty keeps every kind.</summary>
    public IReadOnlyList<TalkKind> Kinds { get; init; } = [];

    /// <summary>Keep talks with any of these tags (ignoring case); empty keeps every talk.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Tags removed from every talk before filtering (site markers such as "default").</summary>
    public IReadOnlyList<string> IgnoreTags { get; init; } = [];

    /// <summary>Keep talks the site would not publish.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Drop duplicates (same date, same title ignoring case, whitespace and punctuation), keeping the lowest source path.</summary>
    public bool Dedupe { get; init; }

    /// <summary>The order.</summary>
    public TalkSort Sort { get; init; } = TalkSort.NewestFirst;
}
