using TalkExport.Core.Model;

namespace TalkExport.Core.Exporting;

/// <summary>Everything an export needs besides the talks and the target.</summary>
public sealed record ExportContext
{
    /// <summary>The exporter's option values.</summary>
    public ExporterSettings Settings { get; init; } = ExporterSettings.Empty;

    /// <summary>The site (owner, URL) the talks came from.</summary>
    public SiteInfo Site { get; init; } = SiteInfo.Unknown;

    /// <summary>Receives warnings (a value cut to a length limit, a link left out). Never null.</summary>
    public Action<Diagnostic> Report { get; init; } = static _ => { };

    /// <summary>Receives a message for the user that is not about one record (a step still to do by hand); the CLI prints it on stderr. Never null.</summary>
    public Action<string> Notice { get; init; } = static _ => { };

    /// <summary>Cancels a long export.</summary>
    public CancellationToken CancellationToken { get; init; }
}
