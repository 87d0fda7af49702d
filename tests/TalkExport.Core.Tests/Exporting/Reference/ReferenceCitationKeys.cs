using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Tests.Exporting.Reference;

/// <summary>CitationKeys.Assign and EnsureAssigned as they were before the allocation work (OrderBy, delegates), on the reference pattern.</summary>
internal static class ReferenceCitationKeys
{
    public static IReadOnlyList<Talk> Assign(IReadOnlyList<Talk> talks, CitationKeyOptions options)
    {
        var pattern = ReferenceCitationKeyPattern.Parse(options.Pattern);
        var keys = new string?[talks.Count];
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var order = Enumerable.Range(0, talks.Count).OrderBy(i => talks[i], TalkOrder.OldestFirst).ToArray();

        foreach (var existing in new Func<Talk, string?>[] { t => t.Key.Length == 0 ? null : t.Key, t => CitationKeys.ExistingKey(t.BibTeX) })
        {
            foreach (var i in order)
            {
                if (keys[i] is null && existing(talks[i]) is { } key)
                {
                    keys[i] = Unique(key, taken);
                }
            }
        }

        foreach (var i in order)
        {
            keys[i] ??= Unique(pattern.Format(talks[i], options.Owner), taken);
        }

        var result = new Talk[talks.Count];
        for (var i = 0; i < talks.Count; i++)
        {
            result[i] = string.Equals(talks[i].Key, keys[i], StringComparison.Ordinal) ? talks[i] : talks[i] with { Key = keys[i]! };
        }

        return result;
    }

    public static IReadOnlyList<Talk> EnsureAssigned(IReadOnlyList<Talk> talks, CitationKeyOptions options)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return talks.All(t => t.Key.Length > 0 && seen.Add(t.Key)) ? talks : Assign(talks, options);
    }

    private static string Unique(string key, HashSet<string> taken)
    {
        if (taken.Add(key))
        {
            return key;
        }

        for (var n = 0; ; n++)
        {
            var suffix = "";
            for (var m = n + 1; m > 0; m = (m - 1) / 26)
            {
                suffix = (char)('a' + ((m - 1) % 26)) + suffix;
            }

            var candidate = key + suffix;
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
