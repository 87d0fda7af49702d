using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Json;

/// <summary>The talk model as a JSON array (for jq and scripts); see <see cref="TalkJson"/> for the shape.</summary>
public sealed class JsonExporter : ITalkExporter
{
    /// <inheritdoc/>
    public string Id => "json";

    /// <inheritdoc/>
    public string DisplayName => "JSON";

    /// <inheritdoc/>
    public string Extension => ".json";

    /// <inheritdoc/>
    public string Description => "The talk model as a JSON array (for jq and scripts).";

    /// <inheritdoc/>
    public bool IsBinary => false;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options { get; } = [];

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        talks = CitationKeys.EnsureAssigned(talks, new CitationKeyOptions { Owner = context.Site.Owner });
        JsonDocumentWriter.WriteArray(target, TalkJson.WriterOptions, talks, TalkJson.WriteTalk);
    }
}
