using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Tests.FormatsShared;

/// <summary>Runs an exporter into memory.</summary>
internal static class ExportRun
{
    public static MemoryTarget Run(ITalkExporter exporter, IReadOnlyList<Talk> talks, ExporterSettings? settings = null, SiteInfo? site = null, List<Diagnostic>? diagnostics = null)
    {
        var target = new MemoryTarget();
        var context = new ExportContext
        {
            Settings = settings ?? ExporterSettings.Empty,
            Site = site ?? SampleTalks.Site,
            Report = d => diagnostics?.Add(d),
        };
        exporter.Export(talks, context, target);
        return target;
    }

    public static string Text(ITalkExporter exporter, IReadOnlyList<Talk> talks, ExporterSettings? settings = null, SiteInfo? site = null) =>
        Run(exporter, talks, settings, site).Text;
}
