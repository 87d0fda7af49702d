using System.Collections.Concurrent;
using System.Text;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>Expands <c>:name</c> placeholders in a permalink pattern (Jekyll and Hugo share the syntax).</summary>
internal static class PermalinkPattern
{
    /// <summary>
    /// Replaces each <c>:name</c> (letters, digits, '_') with <paramref name="value"/>(name); a name
    /// it does not know (null) is kept as written, as the site generators do.
    /// </summary>
    public static string Expand(string pattern, Func<string, string?> value)
    {
        var sb = new StringBuilder(pattern.Length + 32);
        foreach (var (literal, name) in Parse(pattern))
        {
            sb.Append(literal);
            if (name is not null)
            {
                sb.Append(value(name) ?? ":" + name);
            }
        }

        return sb.ToString();
    }

    // A site has one or two patterns and thousands of records: split each pattern once.
    private static readonly ConcurrentDictionary<string, (string Literal, string? Name)[]> Parsed = new(StringComparer.Ordinal);

    private static (string Literal, string? Name)[] Parse(string pattern)
    {
        if (Parsed.TryGetValue(pattern, out var known))
        {
            return known;
        }

        var parts = new List<(string, string?)>();
        var literalStart = 0;
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] != ':')
            {
                i++;
                continue;
            }

            var literal = pattern[literalStart..i];
            var start = ++i;
            while (i < pattern.Length && (char.IsAsciiLetterOrDigit(pattern[i]) || pattern[i] == '_'))
            {
                i++;
            }

            parts.Add((literal, pattern[start..i]));
            literalStart = i;
        }

        parts.Add((pattern[literalStart..], null));
        var result = parts.ToArray();

        // Bounded, in case a long-lived library user reads ever new sites.
        if (Parsed.Count < 256)
        {
            Parsed.TryAdd(pattern, result);
        }

        return result;
    }
}
