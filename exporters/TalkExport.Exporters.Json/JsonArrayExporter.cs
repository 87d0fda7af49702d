using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Json;

/// <summary>
/// An exporter whose output is one JSON array with an item per talk, streamed by
/// <c>JsonDocumentWriter.WriteArray</c>: talks keyed as BibTeX keys them, no options, text output.
/// </summary>
public abstract class JsonArrayExporter : ITalkExporter
{
    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract string DisplayName { get; }

    /// <inheritdoc/>
    public abstract string Extension { get; }

    /// <inheritdoc/>
    public abstract string Description { get; }

    /// <inheritdoc/>
    public bool IsBinary => false;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options { get; } = [];

    /// <summary>How the array is written (indentation, encoder).</summary>
    protected abstract JsonWriterOptions WriterOptions { get; }

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        talks = CitationKeys.EnsureAssigned(talks, new CitationKeyOptions { Owner = context.Site.Owner });
        JsonDocumentWriter.WriteArray(target, WriterOptions, talks, (writer, talk) => WriteItem(writer, talk, context));
    }

    /// <summary>Writes the item of one talk (already keyed).</summary>
    protected abstract void WriteItem(Utf8JsonWriter writer, Talk talk, ExportContext context);
}
