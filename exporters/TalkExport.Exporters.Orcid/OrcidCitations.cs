using TalkExport.Core.Model;

namespace TalkExport.Exporters.Orcid;

/// <summary>The citation ORCID gets: the BibTeX exporter's entry for the talk.</summary>
internal static class OrcidCitations
{
    // TODO(bibtex merge): replace with BibTeXExporter.FormatEntry once the bibtex branch lands.
    public static string? BibTeX(Talk talk) => null;
}
