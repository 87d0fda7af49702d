using System.Globalization;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Orcid.Mapping;
using TalkExport.Exporters.Orcid.Model;

namespace TalkExport.Exporters.Orcid;

/// <summary>What the JSON and XML exporters share: options, mapping, and splitting into documents of at most 100 works.</summary>
internal static class OrcidExport
{
    public const string LegacyTypesOption = "legacy-types";

    public static IReadOnlyList<ExporterOption> Options { get; } =
    [
        new(LegacyTypesOption, "Use only work types older than ORCID's Dec 2024 additions (lecture-speech instead of public-speech/conference-presentation).", ExporterOptionKind.Flag),
    ];

    /// <summary>
    /// One talk gives a work document; several give one bulk document; more than
    /// <see cref="OrcidLimits.WorksPerBulk"/> give numbered parts, which only a target that
    /// holds parts (an output directory) can take: ORCID refuses larger bulk requests.
    /// </summary>
    public static void Run(
        IReadOnlyList<Talk> talks,
        ExportContext context,
        IOutputTarget target,
        Action<Stream, OrcidWork> writeWork,
        Action<Stream, IReadOnlyList<OrcidWork>> writeBulk)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        if (talks.Count > OrcidLimits.WorksPerBulk && !target.SupportsParts)
        {
            throw new TalkExportException(
                FailureKind.Usage,
                string.Create(CultureInfo.InvariantCulture, $"{talks.Count} talks make more than {OrcidLimits.WorksPerBulk} works, ORCID's limit for one bulk request: use --output-dir to write several files of at most {OrcidLimits.WorksPerBulk} works."),
                target.DisplayName);
        }

        var options = new OrcidMappingOptions
        {
            LegacyTypes = context.Settings.GetFlag(LegacyTypesOption),
            Site = context.Site,
            Citation = OrcidCitations.BibTeX(context),
        };

        // Talks normally arrive keyed; keys made here are the same ones the BibTeX exporter makes.
        var keyed = CitationKeys.EnsureAssigned(talks, new CitationKeyOptions { Owner = context.Site.Owner });
        var works = OrcidWorkMapping.MapInOrder(keyed, options, context.Report, context.CancellationToken);
        try
        {
            Write(works, keyed.Count, target, writeWork, writeBulk);
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"Cannot write {target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }

    // Works are mapped as they are written, a part at a time, so memory does not grow with the number of works.
    private static void Write(
        IEnumerable<OrcidWork> works,
        int count,
        IOutputTarget target,
        Action<Stream, OrcidWork> writeWork,
        Action<Stream, IReadOnlyList<OrcidWork>> writeBulk)
    {
        var part = 0;
        foreach (var chunk in works.Chunk(OrcidLimits.WorksPerBulk))
        {
            using var stream = count <= OrcidLimits.WorksPerBulk ? target.Open() : target.OpenPart(++part);
            if (count == 1)
            {
                writeWork(stream, chunk[0]);
            }
            else
            {
                writeBulk(stream, chunk);
            }
        }

        if (count == 0)
        {
            using var stream = target.Open();
            writeBulk(stream, []);
        }
    }
}
