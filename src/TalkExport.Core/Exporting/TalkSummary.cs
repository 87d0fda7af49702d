using System.Globalization;
using TalkExport.Core.Model;

namespace TalkExport.Core.Exporting;

/// <summary>Counts of talks per year, per kind and per tag (the <c>report</c> verb), in a stable order.</summary>
public sealed record TalkSummary
{
    /// <summary>How many talks were counted.</summary>
    public required int Total { get; init; }

    /// <summary>Year ("2020", or "undated") to count, newest year first, "undated" last.</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> ByYear { get; init; }

    /// <summary>Kind id to count, in the order of <see cref="TalkKinds.All"/>, kinds with no talks left out.</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> ByKind { get; init; }

    /// <summary>Tag (lowercase) to count, most used first, then by name.</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> ByTag { get; init; }

    /// <summary>Counts <paramref name="talks"/>.</summary>
    public static TalkSummary Of(IReadOnlyCollection<Talk> talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        var years = talks
            .GroupBy(t => t.Date?.Year)
            .OrderBy(g => g.Key is null ? 1 : 0)
            .ThenByDescending(g => g.Key)
            .Select(g => new KeyValuePair<string, int>(g.Key?.ToString("D4", CultureInfo.InvariantCulture) ?? "undated", g.Count()))
            .ToList();
        var kinds = TalkKinds.All
            .Select(k => new KeyValuePair<string, int>(k.Id(), talks.Count(t => t.Kind == k)))
            .Where(p => p.Value > 0)
            .ToList();
        var tags = talks
            .SelectMany(t => t.Tags.Select(tag => tag.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal))
            .Where(tag => tag.Length > 0)
            .GroupBy(tag => tag, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .ToList();
        return new TalkSummary { Total = talks.Count, ByYear = years, ByKind = kinds, ByTag = tags };
    }
}
