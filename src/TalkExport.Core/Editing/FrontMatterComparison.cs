using System.Globalization;
using TalkExport.Core.Model;

namespace TalkExport.Core.Editing;

/// <summary>Structural equality of parsed front matter (values, kinds, order), ignoring positions: an edit shifts the lines of later keys.</summary>
public static class FrontMatterComparison
{
    /// <summary>Null when <paramref name="before"/> and <paramref name="after"/> hold the same keys with the same values, in order, apart from <paramref name="ignoredKey"/>; otherwise the first difference in plain words.</summary>
    public static string? FirstDifference(FrontMatterMapping before, FrontMatterMapping after, string ignoredKey)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = before.Entries.Where(e => e.Key != ignoredKey).ToList();
        var b = after.Entries.Where(e => e.Key != ignoredKey).ToList();
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            if (i >= a.Count || i >= b.Count || a[i].Key != b[i].Key)
            {
                var key = i < a.Count ? a[i].Key : b[i].Key;
                return $"the keys differ at '{key}' (entry {(i + 1).ToString(CultureInfo.InvariantCulture)})";
            }

            if (!AreEqual(a[i].Value, b[i].Value))
            {
                return $"the value of '{a[i].Key}' changed";
            }
        }

        return null;
    }

    /// <summary>True when two values are equal ignoring their positions.</summary>
    public static bool AreEqual(FrontMatterValue? x, FrontMatterValue? y) => (x, y) switch
    {
        (null, null) => true,
        (FrontMatterScalar s, FrontMatterScalar t) => s.Value == t.Value && s.IsNull == t.IsNull && s.IsQuoted == t.IsQuoted,
        (FrontMatterSequence s, FrontMatterSequence t) => s.Items.Count == t.Items.Count && s.Items.Zip(t.Items).All(p => AreEqual(p.First, p.Second)),
        (FrontMatterMapping s, FrontMatterMapping t) => s.Entries.Count == t.Entries.Count
            && s.Entries.Zip(t.Entries).All(p => p.First.Key == p.Second.Key && AreEqual(p.First.Value, p.Second.Value)),
        _ => false,
    };
}
