using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Orcid.Serialization;

namespace TalkExport.Exporters.Orcid;

/// <summary>
/// ORCID works (API v3.0) as JSON, ready to POST: one talk gives a work, several a bulk
/// document of at most 100 works (more are split into numbered files).
/// </summary>
public sealed class OrcidExporter : ITalkExporter
{
    /// <inheritdoc/>
    public string Id => "orcid";

    /// <inheritdoc/>
    public string DisplayName => "ORCID works (JSON)";

    /// <inheritdoc/>
    public string Extension => ".orcid.json";

    /// <inheritdoc/>
    public string Description => "ORCID API v3.0 works as JSON (one work, or bulk documents of at most 100 works).";

    /// <inheritdoc/>
    public bool IsBinary => false;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options => OrcidExport.Options;

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target) =>
        OrcidExport.Run(talks, context, target, OrcidJsonWriter.WriteWork, OrcidJsonWriter.WriteBulk);
}
