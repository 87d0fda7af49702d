using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.CvData;

/// <summary>The RenderCV exporter's option values, parsed and checked.</summary>
public sealed record RenderCvOptions
{
    /// <summary>The section title without <c>--group-by kind</c>.</summary>
    public const string DefaultTitle = "Talks";

    /// <summary>The entry type.</summary>
    public RenderCvEntryType EntryType { get; init; } = RenderCvEntryType.Bullet;

    /// <summary>One section per kind, instead of one section.</summary>
    public bool GroupByKind { get; init; }

    /// <summary>The one section's title.</summary>
    public string Title { get; init; } = DefaultTitle;

    /// <summary>Section titles per kind that replace the built-in ones.</summary>
    public IReadOnlyDictionary<TalkKind, string> KindTitles { get; init; } = new Dictionary<TalkKind, string>();

    /// <summary>An existing cv.yaml whose talks sections are replaced, or null.</summary>
    public string? Into { get; init; }

    /// <summary>The section titles this configuration writes, so <c>--into</c> finds them again: the title, or every kind's title.</summary>
    public IReadOnlySet<string> OwnedTitles =>
        GroupByKind ? TalkKinds.All.Select(TitleOf).ToHashSet(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal) { Title };

    /// <summary>Reads the options.</summary>
    /// <exception cref="TalkExportException">A value is not allowed.</exception>
    public static RenderCvOptions From(ExporterSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var type = settings.GetChoice("entry-type", ["bullet", "one-line", "normal"], "bullet");
        var group = settings.GetChoice("group-by", ["none", "kind"], "none");
        var title = settings.GetString("title")?.Trim();
        var kindTitles = new Dictionary<TalkKind, string>();
        foreach (var item in settings.GetList("kind-title", splitCommas: false))
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !TalkKinds.TryParse(item[..eq], out var kind) || item[(eq + 1)..].Trim().Length == 0)
            {
                throw new TalkExportException(FailureKind.Usage, $"--kind-title: '{item}' is not KIND=TITLE with KIND one of {string.Join(", ", TalkKinds.All.Select(k => k.Id()))}.");
            }

            kindTitles[kind] = item[(eq + 1)..].Trim();
        }

        return new RenderCvOptions
        {
            EntryType = type switch { "one-line" => RenderCvEntryType.OneLine, "normal" => RenderCvEntryType.Normal, _ => RenderCvEntryType.Bullet },
            GroupByKind = group == "kind",
            Title = string.IsNullOrEmpty(title) ? DefaultTitle : title,
            KindTitles = kindTitles,
            Into = string.IsNullOrWhiteSpace(settings.GetString("into")) ? null : settings.GetString("into")!.Trim(),
        };
    }

    /// <summary>The section title of a kind group.</summary>
    public string TitleOf(TalkKind kind) => KindTitles.TryGetValue(kind, out var title) ? title : CvKindGroups.Heading(kind);
}
