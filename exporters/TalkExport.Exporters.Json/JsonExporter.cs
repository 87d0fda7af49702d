using System.Text;
using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Json;

/// <summary>The talk model as a JSON array (for jq and scripts); see <see cref="TalkJson"/> for the shape.</summary>
public sealed class JsonExporter : ITalkExporter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

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
        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, TalkJson.WriterOptions))
            {
                TalkJson.WriteTalks(writer, talks);
            }

            var json = JsonText.KeepAstralCharacters(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)) + "\n";
            using var stream = target.Open();
            stream.Write(Utf8NoBom.GetBytes(json));
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"Cannot write {target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }
}
