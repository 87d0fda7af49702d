using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Json;

namespace TalkExport.Exporters.Csl;

/// <summary>
/// CSL-JSON (an array of <c>speech</c> items) for pandoc <c>--citeproc</c>, Zotero and any CSL
/// processor, so talks can be rendered in any of the thousands of CSL citation styles.
/// </summary>
public sealed class CslJsonExporter : ITalkExporter
{
    /// <inheritdoc/>
    public string Id => "csl";

    /// <inheritdoc/>
    public string DisplayName => "CSL-JSON";

    /// <inheritdoc/>
    public string Extension => ".csl.json";

    /// <inheritdoc/>
    public string Description => "CSL-JSON items (type speech) for pandoc --citeproc and any CSL citation style.";

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
        JsonDocumentWriter.WriteArray(target, CslItemWriter.WriterOptions, talks, (writer, talk) => CslItemWriter.Write(writer, talk, talk.Key, context.Site));
    }
}
