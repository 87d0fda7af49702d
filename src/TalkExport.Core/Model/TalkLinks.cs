namespace TalkExport.Core.Model;

/// <summary>
/// The links of a talk. Absolute (http/https) when the site URL is known; otherwise they may
/// stay relative as written, and <c>validate</c> says so.
/// </summary>
public sealed record TalkLinks
{
    /// <summary>No links.</summary>
    public static TalkLinks None { get; } = new();

    /// <summary>The talk's own page on the site.</summary>
    public string? Page { get; init; }

    /// <summary>The slides (often a PDF).</summary>
    public string? Slides { get; init; }

    /// <summary>A recording (YouTube, Vimeo, …).</summary>
    public string? Video { get; init; }

    /// <summary>The event's or venue's page.</summary>
    public string? Event { get; init; }

    /// <summary>Code or other material.</summary>
    public string? Code { get; init; }
}
