namespace TalkExport.Core.Reading;

/// <summary>A Hugo site's path settings (<c>removePathAccents</c>, <c>disablePathToLower</c>).</summary>
public sealed record HugoPaths
{
    /// <summary>Hugo's defaults: accents kept, paths lowercased.</summary>
    public static HugoPaths Default { get; } = new();

    /// <summary><c>removePathAccents</c>: accents dropped from page paths (é → e).</summary>
    public bool RemovePathAccents { get; init; }

    /// <summary><c>disablePathToLower</c>: page paths keep their case.</summary>
    public bool DisablePathToLower { get; init; }

    /// <summary>The site's language codes (<c>languages</c> keys and <c>defaultContentLanguage</c>): a file name's <c>.en</c> before the extension names its language, not the page.</summary>
    public IReadOnlySet<string> Languages { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "en" };
}
