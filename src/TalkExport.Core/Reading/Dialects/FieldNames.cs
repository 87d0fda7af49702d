namespace TalkExport.Core.Reading.Dialects;

/// <summary>The model field names that key aliases (<c>aliases: { speaker: authors }</c>) may point at.</summary>
public static class FieldNames
{
    /// <summary>Every field an alias may name (JSON names; <c>links.</c> prefixes, '_' and '-' and case are ignored).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "title", "date", "endDate", "authors", "kind", "venue", "location", "abstract", "tags",
        "page", "slides", "video", "event", "code", "language", "bibtex",
    ];

    /// <summary>True when <paramref name="written"/> names <paramref name="field"/> ("end_date" is "endDate", "links.slides" is "slides").</summary>
    public static bool Same(string written, string field) =>
        string.Equals(Normalize(written), Normalize(field), StringComparison.Ordinal);

    /// <summary>True when <paramref name="written"/> names a known field.</summary>
    public static bool IsKnown(string written) => All.Any(f => Same(written, f));

    private static string Normalize(string name)
    {
        var s = name.Trim();
        if (s.StartsWith("links.", StringComparison.OrdinalIgnoreCase))
        {
            s = s[6..];
        }

        return s.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant() switch
        {
            "type" or "talktype" => "kind",
            "author" or "speaker" or "speakers" => "authors",
            "tag" => "tags",
            "lang" => "language",
            "url" or "permalink" => "page",
            var other => other,
        };
    }
}
