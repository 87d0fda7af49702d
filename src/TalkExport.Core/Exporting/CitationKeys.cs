using System.Text.RegularExpressions;
using TalkExport.Core.Model;

namespace TalkExport.Core.Exporting;

/// <summary>
/// Makes the citation keys every format shows (rules in docs formats/bibtex.md): Google-Scholar
/// style <c>family + year + first significant title word</c>, lowercase ASCII matching
/// <c>^[a-z][a-z0-9_:.-]*$</c>, unique ignoring case. Keys already in use are reserved first and
/// kept: a talk's non-empty <see cref="Talk.Key"/>, then the key of the entry in its
/// <see cref="Talk.BibTeX"/> field. Among the others, in order of date (undated last), title and
/// source path, the first keeps the natural key and later ones get <c>a</c>, <c>b</c>, ….
/// </summary>
public static partial class CitationKeys
{
    /// <summary>Assigns keys with the default options; returns the talks in the same order.</summary>
    public static IReadOnlyList<Talk> Assign(IReadOnlyList<Talk> talks) => Assign(talks, CitationKeyOptions.Default);

    /// <summary>Assigns keys; returns the talks in the same order, each with <see cref="Talk.Key"/> set.</summary>
    /// <exception cref="ArgumentException">The pattern is not valid.</exception>
    public static IReadOnlyList<Talk> Assign(IReadOnlyList<Talk> talks, CitationKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(options);
        var pattern = CitationKeyPattern.Parse(options.Pattern);
        var keys = new string?[talks.Count];
        var taken = new HashSet<string>(talks.Count, StringComparer.OrdinalIgnoreCase);
        var order = OldestFirst(talks);

        // Keys the user already chose win over generated ones; a repeated one is made unique like a clash.
        foreach (var i in order)
        {
            if (talks[i].Key.Length > 0)
            {
                keys[i] = Unique(talks[i].Key, taken);
            }
        }

        foreach (var i in order)
        {
            if (keys[i] is null && ExistingKey(talks[i].BibTeX) is { } key)
            {
                keys[i] = Unique(key, taken);
            }
        }

        // Formatting is the costly, independent part: done in parallel; making keys unique stays in order.
        var generated = new string?[talks.Count];
        Parallel.For(0, talks.Count, i =>
        {
            if (keys[i] is null)
            {
                generated[i] = pattern.Format(talks[i], options.Owner);
            }
        });
        foreach (var i in order)
        {
            keys[i] ??= Unique(generated[i]!, taken);
        }

        var result = new Talk[talks.Count];
        for (var i = 0; i < talks.Count; i++)
        {
            result[i] = string.Equals(talks[i].Key, keys[i], StringComparison.Ordinal) ? talks[i] : talks[i] with { Key = keys[i]! };
        }

        return result;
    }

    /// <summary>Returns <paramref name="talks"/> unchanged when every talk has a key and the keys are unique ignoring case; otherwise <see cref="Assign(IReadOnlyList{Talk})"/>.</summary>
    public static IReadOnlyList<Talk> EnsureAssigned(IReadOnlyList<Talk> talks) => EnsureAssigned(talks, CitationKeyOptions.Default);

    /// <summary>Returns <paramref name="talks"/> unchanged when every talk has a key and the keys are unique ignoring case; otherwise assigns the missing ones (keeping the others).</summary>
    public static IReadOnlyList<Talk> EnsureAssigned(IReadOnlyList<Talk> talks, CitationKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(talks);
        var seen = new HashSet<string>(talks.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < talks.Count; i++)
        {
            if (talks[i].Key.Length == 0 || !seen.Add(talks[i].Key))
            {
                return Assign(talks, options);
            }
        }

        return talks;
    }

    /// <summary>The key a talk gets when nothing clashes with it (no suffix), with the default pattern.</summary>
    public static string NaturalKey(Talk talk, string? owner = null)
    {
        ArgumentNullException.ThrowIfNull(talk);
        return CitationKeyPattern.Parse(CitationKeyOptions.DefaultPattern).Format(talk, owner);
    }

    /// <summary>The key of the first entry in a BibTeX text (<c>@misc{key,</c> → <c>key</c>), or null when there is none.</summary>
    public static string? ExistingKey(string? bibtex)
    {
        if (string.IsNullOrWhiteSpace(bibtex))
        {
            return null;
        }

        var match = EntryStart().Match(bibtex);
        return match.Success ? match.Groups["key"].Value : null;
    }

    /// <summary>True when <paramref name="key"/> is a key this class would make: <c>^[a-z][a-z0-9_:.-]*$</c>.</summary>
    public static bool IsWellFormed(string key) => key is not null && KeyShape().IsMatch(key);

    // Indexes of the talks, oldest first; equal talks keep their input order (as a stable sort would).
    private static int[] OldestFirst(IReadOnlyList<Talk> talks)
    {
        var order = new int[talks.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var c = TalkOrder.OldestFirst.Compare(talks[a], talks[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        return order;
    }

    private static string Unique(string key, HashSet<string> taken)
    {
        if (taken.Add(key))
        {
            return key;
        }

        for (var n = 0; ; n++)
        {
            var candidate = key + Suffix(n);
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    // a, b, …, z, aa, ab, … (bijective base 26).
    private static string Suffix(int n)
    {
        var s = "";
        for (n++; n > 0; n = (n - 1) / 26)
        {
            s = (char)('a' + ((n - 1) % 26)) + s;
        }

        return s;
    }

    [GeneratedRegex(@"\A\s*@\s*[A-Za-z]+\s*[{(]\s*(?<key>[^,\s{}()""#%'=\\~]+)\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex EntryStart();

    [GeneratedRegex(@"\A[a-z][a-z0-9_:.-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();
}
