using TalkExport.Core.Exporting;
using TalkExport.Exporters.Word.Layout;
using TalkExport.Exporters.Word.Mapping;

namespace TalkExport.Exporters.Word;

/// <summary>The Word exporter's option values, parsed and checked.</summary>
public sealed record DocxCvOptions
{
    /// <summary>The default tag of the content control that receives the list.</summary>
    public const string DefaultControlTag = "talkexport:talks";

    /// <summary>Entry style.</summary>
    public CvStyle Style { get; init; } = CvStyle.Apa;

    /// <summary>Sub-headings.</summary>
    public CvGrouping Grouping { get; init; } = CvGrouping.Year;

    /// <summary>Bullets or numbers.</summary>
    public CvNumbering Numbering { get; init; } = CvNumbering.Bullets;

    /// <summary>Names set in bold.</summary>
    public IReadOnlyList<string> Highlight { get; init; } = [];

    /// <summary>The Heading 1 text; null writes no heading (the default when updating a CV, which has its own).</summary>
    public string? Heading { get; init; } = "Talks";

    /// <summary>True for US Letter, false for A4 (new documents only).</summary>
    public bool Letter { get; init; }

    /// <summary>The CV to update, or null for a new document.</summary>
    public string? Into { get; init; }

    /// <summary>The tag of the content control (and the name of the fallback bookmark).</summary>
    public string ControlTag { get; init; } = DefaultControlTag;

    /// <summary>When no place is marked, a heading with this text after which a content control is created.</summary>
    public string? CreateControlAfterHeading { get; init; }

    /// <summary>Reads the options from <paramref name="settings"/>; the owner is the default highlight.</summary>
    /// <exception cref="TalkExportException">A value is not allowed.</exception>
    public static DocxCvOptions From(ExporterSettings settings, SiteInfo site)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(site);
        var style = settings.GetChoice("style", ["apa", "chicago", "cv"], "apa");
        var group = settings.GetChoice("group-by", ["year", "kind", "none"], "year");
        var page = settings.GetChoice("page", ["a4", "letter"], "a4");
        var highlight = settings.GetList("highlight", splitCommas: false);
        var into = Blank(settings.GetString("into"));
        var tag = Blank(settings.GetString("control-tag")) ?? DefaultControlTag;
        return new DocxCvOptions
        {
            Style = style switch { "chicago" => CvStyle.Chicago, "cv" => CvStyle.Cv, _ => CvStyle.Apa },
            Grouping = group switch { "kind" => CvGrouping.Kind, "none" => CvGrouping.None, _ => CvGrouping.Year },
            Numbering = settings.GetFlag("reverse-numbered") ? CvNumbering.ReverseNumbered
                : settings.GetFlag("numbered") ? CvNumbering.Numbered : CvNumbering.Bullets,
            Highlight = highlight.Count > 0 ? highlight : site.Owner is { } owner ? [owner] : [],
            // A CV being updated has its own section heading; write one only when asked.
            Heading = settings.GetString("heading") is { } h ? Blank(h) : into is null ? "Talks" : null,
            Letter = page == "letter",
            Into = into,
            ControlTag = tag,
            CreateControlAfterHeading = Blank(settings.GetString("create-control-after-heading")),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
