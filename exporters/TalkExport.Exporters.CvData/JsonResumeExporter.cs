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
    ];

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var section = context.Settings.GetChoice("section", ["projects", "presentations"], "projects");
        var items = talks.Select(t => (Talk: t, Cv: CvTalkMapping.Map(t, context.Site))).ToList();
        JsonDocumentWriter.Write(target, WriterOptions, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray(section);
            foreach (var (talk, cv) in items)
            {
                if (section == "presentations")
                {
                    JsonResumeItems.WritePresentation(writer, talk, cv);
                }
                else
                {
                    JsonResumeItems.WriteProject(writer, cv);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }
}
