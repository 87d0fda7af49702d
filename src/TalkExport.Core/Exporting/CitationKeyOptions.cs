namespace TalkExport.Core.Exporting;

/// <summary>How <see cref="CitationKeys"/> makes keys.</summary>
public sealed record CitationKeyOptions
{
    /// <summary>The default pattern: Google-Scholar style <c>mogren2020uncertainty</c>.</summary>
    public const string DefaultPattern = "{family}{year}{word}";

    /// <summary>The defaults: <see cref="DefaultPattern"/>, no site owner.</summary>
    public static CitationKeyOptions Default { get; } = new();

    /// <summary>
    /// The key pattern. Placeholders: <c>{family}</c> (first author's family name, or the site
    /// owner's, or "anon"), <c>{given}</c> (first author's given names), <c>{year}</c> (empty
    /// for an undated talk), <c>{word}</c> (first significant title word), <c>{words}</c> (the
    /// first three significant title words); anything else must be characters allowed in a key
    /// (<c>a-z 0-9 _ : . -</c>).
    /// </summary>
    public string Pattern { get; init; } = DefaultPattern;

    /// <summary>The site owner's name ("Olof Mogren"), used for talks that name no author, as the exporters do.</summary>
    public string? Owner { get; init; }
}
