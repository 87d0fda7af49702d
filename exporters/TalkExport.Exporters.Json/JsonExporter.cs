using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Json;

/// <summary>The talk model as a JSON array (for jq and scripts); see <see cref="TalkJson"/> for the shape.</summary>
public sealed class JsonExporter : JsonArrayExporter
{
    /// <inheritdoc/>
    public override string Id => "json";

    /// <inheritdoc/>
    public override string DisplayName => "JSON";

    /// <inheritdoc/>
    public override string Extension => ".json";

    /// <inheritdoc/>
    public override string Description => "The talk model as a JSON array (for jq and scripts).";

    /// <inheritdoc/>
    protected override JsonWriterOptions WriterOptions => TalkJson.WriterOptions;

    /// <inheritdoc/>
    protected override void WriteItem(Utf8JsonWriter writer, Talk talk, ExportContext context) =>
        TalkJson.WriteTalk(writer, talk);
}
