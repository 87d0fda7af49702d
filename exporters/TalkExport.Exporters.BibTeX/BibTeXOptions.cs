using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.BibTeX;

/// <summary>How entries are written. Immutable; <see cref="Default"/> is the portable <c>bibtex</c> dialect.</summary>
public sealed record BibTeXOptions
{
    /// <summary>The defaults: <c>bibtex</c> dialect, LaTeX accent commands, tag "default" ignored, no owner.</summary>
    public static BibTeXOptions Default { get; } = new();

    /// <summary>The dialect.</summary>
    public BibTeXDialect Dialect { get; init; } = BibTeXDialect.BibTeX;

    /// <summary>Keep non-ASCII letters as UTF-8 in the <c>bibtex</c> dialect instead of <c>{\"o}</c> (the <c>biblatex</c> dialect always writes UTF-8).</summary>
    public bool KeepUtf8 { get; init; }

    /// <summary>Tags left out of <c>keywords</c> (compared ignoring case): site-marker tags such as "default".</summary>
    public IReadOnlyList<string> IgnoreTags { get; init; } = ["default"];

    /// <summary>The site owner's name, used as the author of talks that name none.</summary>
    public string? Owner { get; init; }

    /// <summary>True when non-ASCII letters are written as LaTeX accent commands.</summary>
    public bool AsciiAccents => Dialect == BibTeXDialect.BibTeX && !KeepUtf8;

    /// <summary>Reads the exporter's options from <paramref name="settings"/> (see <see cref="BibTeXExporter.Options"/>).</summary>
    /// <exception cref="TalkExportException">A value is not allowed.</exception>
    public static BibTeXOptions FromSettings(ExporterSettings settings, SiteInfo site)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(site);
        var dialect = settings.GetChoice(BibTeXExporter.DialectOption, ["bibtex", "biblatex", "orcid"], "bibtex");
        return new BibTeXOptions
        {
            Dialect = dialect switch
            {
                "biblatex" => BibTeXDialect.BibLaTeX,
                "orcid" => BibTeXDialect.Orcid,
                _ => BibTeXDialect.BibTeX,
            },
            KeepUtf8 = settings.GetFlag(BibTeXExporter.KeepUtf8Option),
            IgnoreTags = settings.Names.Contains(BibTeXExporter.IgnoreTagsOption) ? settings.GetList(BibTeXExporter.IgnoreTagsOption) : ["default"],
            Owner = site.Owner,
        };
    }
}
