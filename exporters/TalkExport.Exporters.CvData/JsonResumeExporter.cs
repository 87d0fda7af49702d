using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Json;

namespace TalkExport.Exporters.CvData;

/// <summary>
/// Talks as a JSON Resume document. JSON Resume has no talks section; its schema's own hint is a
/// project of <c>type</c> "talk" with <c>roles</c> ["Speaker"] and the event as <c>entity</c>, which
/// every JSON Resume theme and al-folio show (the default). <c>--section presentations</c> writes
/// academicpages' non-standard <c>presentations</c> array instead.
/// </summary>
public sealed class JsonResumeExporter : ITalkExporter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc/>
    public string Id => "jsonresume";

    /// <inheritdoc/>
    public string DisplayName => "JSON Resume";

    /// <inheritdoc/>
    public string Extension => ".resume.json";

    /// <inheritdoc/>
    public string Description => "Talks as JSON Resume projects (type talk, role Speaker), or academicpages' presentations.";

    /// <inheritdoc/>
    public bool IsBinary => false;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options { get; } =
    [
        new("section", "projects: JSON Resume projects of type \"talk\" (schema-standard, shown by al-folio and the themes); presentations: academicpages' presentations array.")
        {
            AllowedValues = ["projects", "presentations"],
            DefaultValue = "projects",
        },
        new("into", "An existing resume.json whose talks (projects of type \"talk\", or presentations) are replaced; every other byte is kept. The file is replaced atomically.") { NamesDocumentToUpdate = true },
    ];

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var section = context.Settings.GetChoice("section", ["projects", "presentations"], "projects");
        var items = talks.Select(t => (Talk: t, Cv: CvTalkMapping.Map(t, context.Site))).ToList();
        void WriteItem(Utf8JsonWriter writer, int i)
        {
            if (section == "presentations")
            {
                JsonResumeItems.WritePresentation(writer, items[i].Talk, items[i].Cv);
            }
            else
            {
                JsonResumeItems.WriteProject(writer, items[i].Cv);
            }
        }

        if (context.Settings.GetString("into") is { } into && into.Trim().Length > 0)
        {
            var (bom, existing) = CvFiles.ReadText(into.Trim());
            var updated = JsonResumeUpdater.Update(existing, into.Trim(), section, items.Count, WriteItem);
            Write(target, [.. bom, .. new UTF8Encoding(false).GetBytes(updated)]);
            return;
        }

        JsonDocumentWriter.Write(target, WriterOptions, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray(section);
            for (var i = 0; i < items.Count; i++)
            {
                WriteItem(writer, i);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void Write(IOutputTarget target, byte[] bytes)
    {
        try
        {
            using var stream = target.Open();
            stream.Write(bytes);
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"Cannot write {target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }
}
