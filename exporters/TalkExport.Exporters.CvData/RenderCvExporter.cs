using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.CvData;

/// <summary>
/// Talks as RenderCV <c>cv.sections</c> YAML, the CV format al-folio keeps in <c>_data/cv.yml</c>:
/// one section (or one per kind) of bullet, one-line or normal entries. The output is a RenderCV
/// input by itself; paste its sections under an existing CV's <c>cv.sections</c>.
/// </summary>
public sealed class RenderCvExporter : ITalkExporter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc/>
    public string Id => "rendercv";

    /// <inheritdoc/>
    public string DisplayName => "RenderCV YAML (al-folio _data/cv.yml)";

    /// <inheritdoc/>
    public string Extension => ".cv.yaml";

    /// <inheritdoc/>
    public string Description => "Talks as a RenderCV cv.sections talks section (YAML), for RenderCV and al-folio's _data/cv.yml.";

    /// <inheritdoc/>
    public bool IsBinary => false;

    /// <inheritdoc/>
    public bool UsesAbstracts => false;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options { get; } =
    [
        new("entry-type", "RenderCV entry type: bullet and one-line show in RenderCV and in al-folio's web CV; normal only in RenderCV (al-folio ignores it under a Talks title).")
        {
            AllowedValues = ["bullet", "one-line", "normal"],
            DefaultValue = "bullet",
        },
        new("group-by", "One section (none) or one section per kind (Keynotes, Invited talks, …).") { AllowedValues = ["none", "kind"], DefaultValue = "none" },
        new("title", "The section title without --group-by kind.") { DefaultValue = RenderCvOptions.DefaultTitle },
        new("kind-title", "With --group-by kind: KIND=TITLE sets a section's title (repeatable), e.g. invited=\"Invited presentations\".", ExporterOptionKind.List),
        new("into", "An existing cv.yaml / _data/cv.yml whose talks sections (found by their titles) are replaced; every other byte is kept. The file is replaced atomically.") { NamesDocumentToUpdate = true },
    ];

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var options = RenderCvOptions.From(context.Settings);
        var sections = RenderCvSection.Build([.. talks.Select(t => CvTalkMapping.Map(t, context.Site))], options);
        byte[] bytes;
        if (options.Into is { } into)
        {
            var (bom, existing) = CvFiles.ReadText(into);
            bytes = [.. bom, .. Utf8NoBom.GetBytes(RenderCvUpdater.Update(existing, into, sections, options.OwnedTitles, options.EntryType))];
        }
        else
        {
            bytes = Utf8NoBom.GetBytes(RenderCvWriter.Document(sections, options.EntryType));
        }

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
