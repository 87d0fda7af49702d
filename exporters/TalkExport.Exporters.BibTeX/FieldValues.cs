using System.Globalization;
using System.Text;
using TalkExport.Exporters.BibTeX.Text;

namespace TalkExport.Exporters.BibTeX;

/// <summary>Field values that <see cref="BibTeXMapping"/> joins from parts, built in one per-thread builder.</summary>
internal static class FieldValues
{
    private const int FirstCachedYear = 1900;

    private static readonly string[] CachedYears = [.. Enumerable.Range(FirstCachedYear, 300).Select(y => y.ToString("D4", CultureInfo.InvariantCulture))];

    [ThreadStatic]
    private static StringBuilder? _builder;

    // Tags not ignored, escaped, each value once (first occurrence wins), joined by ", ".
    public static string Keywords(IReadOnlyList<string> tags, IReadOnlyList<string> ignored, MappingContext context)
    {
        string? first = null;
        List<string>? values = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (string.IsNullOrWhiteSpace(tag) || IsIgnored(tag.Trim(), ignored))
            {
                continue;
            }

            var value = context.Text(tag, CaseProtection.None);
            if (first is null)
            {
                first = value;
            }
            else if (value != first && values?.Contains(value) != true)
            {
                (values ??= []).Add(value);
            }
        }

        if (values is null)
        {
            return first ?? "";
        }

        var keywords = Builder().Append(first);
        foreach (var value in values)
        {
            keywords.Append(", ").Append(value);
        }

        return keywords.ToString();
    }

    private static bool IsIgnored(string tag, IReadOnlyList<string> ignored)
    {
        for (var i = 0; i < ignored.Count; i++)
        {
            if (StringComparer.OrdinalIgnoreCase.Equals(ignored[i], tag))
            {
                return true;
            }
        }

        return false;
    }

    public static string JoinNonEmpty(string first, string second, string third)
    {
        if (second.Length == 0 && third.Length == 0)
        {
            return first;
        }

        var joined = Builder().Append(first);
        foreach (var part in (ReadOnlySpan<string>)[second, third])
        {
            if (part.Length > 0)
            {
                joined.Append(joined.Length > 0 ? ", " : "").Append(part);
            }
        }

        return joined.ToString();
    }

    public static string Year(int year) =>
        year is >= FirstCachedYear and < FirstCachedYear + 300 ? CachedYears[year - FirstCachedYear] : year.ToString("D4", CultureInfo.InvariantCulture);

    // One builder per thread for the values built here; each use takes its string before the next.
    // One grown by a huge value is let go rather than kept for the thread's lifetime.
    public static StringBuilder Builder() =>
        (_builder is { Capacity: <= 1 << 16 } kept ? kept : _builder = new StringBuilder(256)).Clear();
}
