using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>Small typed reads of front-matter values.</summary>
internal static class FrontMatterLookup
{
    /// <summary>The trimmed scalar text of <paramref name="key"/>, or null when absent, null, blank or not a scalar.</summary>
    public static string? Text(this FrontMatterMapping mapping, string key)
    {
        var s = mapping[key]?.AsString()?.Trim();
        return string.IsNullOrEmpty(s) ? null : s;
    }

    /// <summary>Like <see cref="Text(FrontMatterMapping, string)"/>, matching the key ignoring case (Hugo's keys are case-insensitive).</summary>
    public static string? TextIgnoreCase(this FrontMatterMapping mapping, string key)
    {
        var s = mapping.ValueIgnoreCase(key)?.AsString()?.Trim();
        return string.IsNullOrEmpty(s) ? null : s;
    }

    /// <summary>The mapping under <paramref name="key"/> (ignoring case), or null.</summary>
    public static FrontMatterMapping? Map(this FrontMatterMapping mapping, string key) => mapping.ValueIgnoreCase(key) as FrontMatterMapping;

    /// <summary>The value of <paramref name="key"/> matched ignoring case (the last one, as a YAML or TOML reader keeps it), or null.</summary>
    public static FrontMatterValue? ValueIgnoreCase(this FrontMatterMapping mapping, string key)
    {
        for (var i = mapping.Entries.Count - 1; i >= 0; i--)
        {
            if (string.Equals(mapping.Entries[i].Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return mapping.Entries[i].Value;
            }
        }

        return null;
    }

    /// <summary>True for YAML 1.1 / TOML true values (<c>true</c>, <c>yes</c>, <c>on</c>), as Jekyll's Psych reads them.</summary>
    public static bool IsTrue(FrontMatterValue? value) =>
        value is FrontMatterScalar { IsQuoted: false } s && s.Value.Trim().ToLowerInvariant() is "true" or "yes" or "on" or "y";

    /// <summary>True for YAML 1.1 / TOML false values (<c>false</c>, <c>no</c>, <c>off</c>).</summary>
    public static bool IsFalse(FrontMatterValue? value) =>
        value is FrontMatterScalar { IsQuoted: false } s && s.Value.Trim().ToLowerInvariant() is "false" or "no" or "off" or "n";

    /// <summary>The scalar items of a sequence, or the scalar itself split by <paramref name="separator"/> when given.</summary>
    public static IReadOnlyList<string> Strings(FrontMatterValue? value, char? separator = null)
    {
        switch (value)
        {
            case FrontMatterSequence seq:
                var list = new List<string>(seq.Items.Count);
                foreach (var item in seq.Items)
                {
                    if (item.AsString()?.Trim() is { Length: > 0 } s)
                    {
                        list.Add(s);
                    }
                }

                return list;
            case FrontMatterScalar scalar when scalar.AsString()?.Trim() is { Length: > 0 } text:
                return separator is { } sep
                    ? text.Split(sep, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : [text];
            default:
                return [];
        }
    }
}
