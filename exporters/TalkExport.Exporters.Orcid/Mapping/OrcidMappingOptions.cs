using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Orcid.Mapping;

/// <summary>What <see cref="OrcidWorkMapping"/> needs besides the talk.</summary>
public sealed record OrcidMappingOptions
{
    /// <summary>Use only work types that predate ORCID's 2024–2025 additions (<c>--legacy-types</c>).</summary>
    public bool LegacyTypes { get; init; }

    /// <summary>The site: its URL builds <c>self</c> ids for talks without links; its owner is the author of talks that name none.</summary>
    public SiteInfo Site { get; init; } = SiteInfo.Unknown;

    /// <summary>Makes the <c>bibtex</c> citation of a talk (the BibTeX exporter's entry), or null for no citation.</summary>
    public Func<Talk, string?>? Citation { get; init; }
}
