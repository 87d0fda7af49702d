using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX;

namespace TalkExport.Exporters.Orcid;

/// <summary>The citation ORCID gets: the BibTeX exporter's entry for the talk (the one allowed exporter-to-exporter reference).</summary>
internal static class OrcidCitations
{
    /// <summary>
    /// A citation maker for one export. The portable <c>bibtex</c> dialect, but with UTF-8 kept:
    /// ORCID stores and shows JSON text, where <c>{\"o}</c> would only be noise. The BibTeX
    /// warnings are not passed on: they are about LaTeX (pdflatex and emoji), not about ORCID,
    /// and the ORCID mapping reports its own about the same values.
    /// </summary>
    public static Func<Talk, string?> BibTeX(ExportContext context)
    {
        var options = new BibTeXOptions { KeepUtf8 = true, Owner = context.Site.Owner };
        return talk => BibTeXExporter.FormatEntry(talk, options);
    }
}
