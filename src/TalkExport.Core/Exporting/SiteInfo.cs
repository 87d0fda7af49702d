namespace TalkExport.Core.Exporting;

/// <summary>What is known of the site the talks came from.</summary>
public sealed record SiteInfo
{
    /// <summary>Nothing known.</summary>
    public static SiteInfo Unknown { get; } = new();

    /// <summary>The site's absolute URL without a trailing slash ("https://olofmogren.github.io"), or null.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The site owner's name as the site writes it ("Olof Mogren"), or null.</summary>
    public string? Owner { get; init; }

    /// <summary>The site root folder, when one was found.</summary>
    public string? RootPath { get; init; }
}
