using TalkExport.Core.Exporting;

namespace TalkExport.Cli.Config;

/// <summary>What <c>talkexport.yml</c> says (every value optional; command-line options win).</summary>
public sealed record TalkExportConfig
{
    /// <summary>No config file.</summary>
    public static TalkExportConfig None { get; } = new();

    /// <summary>The file it was read from, or null.</summary>
    public string? Path { get; init; }

    /// <summary><c>owner</c>: the default author where records have none.</summary>
    public string? Owner { get; init; }

    /// <summary><c>base_url</c>: the site URL for absolute links.</summary>
    public string? BaseUrl { get; init; }

    /// <summary><c>dialect</c>: a forced reader dialect.</summary>
    public string? Dialect { get; init; }

    /// <summary><c>aliases</c>: front-matter key → model field.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; init; } = new Dictionary<string, string>();

    /// <summary><c>ignore_tags</c>: tags removed from every talk (site markers).</summary>
    public IReadOnlyList<string> IgnoreTags { get; init; } = [];

    /// <summary><c>academic_year_start</c>: the first day (<c>MM-DD</c>) of the academic year for <c>report --by academic-year</c>.</summary>
    public Core.Exporting.Reporting.AcademicYear? AcademicYearStart { get; init; }

    /// <summary>Exporter defaults under the exporter id, by option name (kebab-case).</summary>
    public IReadOnlyDictionary<string, ExporterSettings> Exporters { get; init; } = new Dictionary<string, ExporterSettings>();

    /// <summary>The defaults for one exporter (empty when the file has none).</summary>
    public ExporterSettings For(string exporterId) =>
        Exporters.TryGetValue(exporterId, out var s) ? s : ExporterSettings.Empty;
}
