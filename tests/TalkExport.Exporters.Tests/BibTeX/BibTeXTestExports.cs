using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>Runs the exporter the way the command line does, for golden and oracle tests.</summary>
internal static class BibTeXTestExports
{
    public static IReadOnlyList<Talk> Case(string name) => name switch
    {
        "realistic" => BibTeXFixtures.Realistic(),
        "hostile-latin" => BibTeXHostileFixtures.Latin(),
        "hostile-unicode" => BibTeXHostileFixtures.Unicode(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static BibTeXDialect Dialect(string dialect) => dialect == "biblatex" ? BibTeXDialect.BibLaTeX : BibTeXDialect.BibTeX;

    /// <summary>The .bib text, the talks with the keys the exporter gave them, and its warnings.</summary>
    public static (string Bib, IReadOnlyList<Talk> Keyed, List<Diagnostic> Warnings) Export(IReadOnlyList<Talk> talks, string dialect, SiteInfo? site = null)
    {
        site ??= BibTeXFixtures.SiteInfo;
        var warnings = new List<Diagnostic>();
        var context = new ExportContext
        {
            Settings = ExporterSettings.Empty.With(BibTeXExporter.DialectOption, dialect),
            Site = site,
            Report = warnings.Add,
        };
        using var target = new MemoryOutputTarget();
        new BibTeXExporter().Export(talks, context, target);
        var keyed = CitationKeys.EnsureAssigned(talks, new CitationKeyOptions { Owner = site.Owner });
        return (target.Text, keyed, warnings);
    }
}
