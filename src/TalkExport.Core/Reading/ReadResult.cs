using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading;

/// <summary>What a read found.</summary>
public sealed record ReadResult
{
    /// <summary>The talks, in a deterministic order (source path), keys not yet assigned.</summary>
    public required IReadOnlyList<Talk> Talks { get; init; }

    /// <summary>Everything worth saying, in a deterministic order (path, line, column, code).</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>How many candidate record files were found (0 means exit 3: nothing to read).</summary>
    public int CandidateFiles { get; init; }

    /// <summary>The full paths of every record file read (talks or not), so that no output can overwrite one.</summary>
    public IReadOnlyList<string> RecordPaths { get; init; } = [];

    /// <summary>The site of the first path (owner, URL), for exporters.</summary>
    public SiteInfo Site { get; init; } = SiteInfo.Unknown;

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
