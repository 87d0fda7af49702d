using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Orcid.Serialization;

namespace TalkExport.Exporters.Orcid;

/// <summary>The same ORCID works as <see cref="OrcidExporter"/>, written as ORCID's XML (work-3.0.xsd / bulk-3.0.xsd).</summary>
public sealed class OrcidXmlExporter : ITalkExporter
{
    /// <inheritdoc/>
    public string Id => "orcid-xml";

    /// <inheritdoc/>
    public string DisplayName => "ORCID works (XML)";

    /// <inheritdoc/>
    public string Extension => ".orcid.xml";

    /// <inheritdoc/>
    public string Description => "ORCID API v3.0 works as XML (one work:work, or bulk:bulk documents of at most 100 works).";

    /// <inheritdoc/>
    public bool IsBinary => false;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options => OrcidExport.Options;

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target) =>
        OrcidExport.Run(talks, context, target, OrcidXmlWriter.WriteWork, OrcidXmlWriter.WriteBulk);
}
