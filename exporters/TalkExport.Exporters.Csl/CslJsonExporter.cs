using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Json;

namespace TalkExport.Exporters.Csl;

/// <summary>
/// CSL-JSON (an array of <c>speech</c> items) for pandoc <c>--citeproc</c>, Zotero and any CSL
/// processor, so talks can be rendered in any of the thousands of CSL citation styles.
/// </summary>
public sealed class CslJsonExporter : JsonArrayExporter
{
    /// <inheritdoc/>
    public override string Id => "csl";

    /// <inheritdoc/>
    public override string DisplayName => "CSL-JSON";

    /// <inheritdoc/>
    public override string Extension => ".csl.json";

    /// <inheritdoc/>
    public override string Description => "CSL-JSON items (type speech) for pandoc --citeproc and any CSL citation style.";

    /// <inheritdoc/>
    protected override JsonWriterOptions WriterOptions => CslItemWriter.WriterOptions;

    /// <inheritdoc/>
    protected override void WriteItem(Utf8JsonWriter writer, Talk talk, ExportContext context) =>
        CslItemWriter.Write(writer, talk, talk.Key, context.Site);
}
