using TalkExport.Core.Exporting;

namespace TalkExport.Cli.Commands;

/// <summary>The values of the options every reading verb shares, after parsing.</summary>
public sealed record CommonSettings
{
    /// <summary>The PATH arguments.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary><c>-o/--output</c>, or null for stdout.</summary>
    public string? Output { get; init; }

    /// <summary><c>--base-url</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary><c>--owner</c>.</summary>
    public string? Owner { get; init; }

    /// <summary><c>--config</c>.</summary>
    public string? ConfigFile { get; init; }

    /// <summary><c>--site-dialect</c>.</summary>
    public string? SiteDialect { get; init; }

    /// <summary>The filters, order and dedupe.</summary>
    public TalkQueryOptions Query { get; init; } = TalkQueryOptions.Default;

    /// <summary><c>-q/--quiet</c>.</summary>
    public bool Quiet { get; init; }

    /// <summary><c>--follow-symlinks</c>: records and site files may be links that lead out of the site.</summary>
    public bool FollowSymlinks { get; init; }

    /// <summary><c>-v/--verbose</c>.</summary>
    public bool Verbose { get; init; }

    /// <summary><c>--diagnostics json</c>.</summary>
    public bool JsonDiagnostics { get; init; }
}
