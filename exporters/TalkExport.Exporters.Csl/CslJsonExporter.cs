using System.Globalization;
using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

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
        try
        {
            using var stream = target.Open();
            using (var writer = new Utf8JsonWriter(stream, CslItemWriter.WriterOptions))
            {
                writer.WriteStartArray();
                for (var i = 0; i < talks.Count; i++)
                {
                    // Keys are assigned before export; a talk without one (a library caller that
                    // skipped that step) still needs a unique id for a CSL processor.
                    var id = talks[i].Key.Length > 0 ? talks[i].Key : "talk" + (i + 1).ToString(CultureInfo.InvariantCulture);
                    CslItemWriter.Write(writer, talks[i], id, context.Site);
                }

                writer.WriteEndArray();
            }

            stream.WriteByte((byte)'\n');
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"Cannot write {target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }
}
