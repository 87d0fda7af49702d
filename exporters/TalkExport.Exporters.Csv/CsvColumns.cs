using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Exporters.Csv;

/// <summary>The columns the CSV exporter can write, and how each is taken from a talk.</summary>
public static class CsvColumns
{
    /// <summary>The prefix of a column that takes an unmapped front-matter key: <c>extra.&lt;key&gt;</c>.</summary>
    public const string ExtraPrefix = "extra.";

    private static readonly Dictionary<string, Func<Talk, CsvSettings, string?>> Getters = new(StringComparer.Ordinal)
    {
        ["key"] = (t, _) => t.Key,
        ["date"] = (t, _) => t.Date?.ToString(),
        ["end_date"] = (t, _) => t.EndDate?.ToString(),
        ["year"] = (t, _) => t.Date?.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        ["title"] = (t, _) => t.Title,
        ["authors"] = Authors,
        ["kind"] = (t, _) => t.Kind.Id(),
        ["kind_label"] = (t, _) => t.Kind.Label(),
        ["venue"] = (t, _) => t.Venue,
        ["location"] = (t, _) => t.Location,
        ["institution"] = (t, _) => t.Institution,
        ["url"] = (t, _) => t.Links.Page,
        ["slides"] = (t, _) => t.Links.Slides,
        ["video"] = (t, _) => t.Links.Video,
        ["event_url"] = (t, _) => t.Links.Event,
        ["code"] = (t, _) => t.Links.Code,
        ["tags"] = (t, s) => string.Join(s.ListSeparator, t.Tags),
        ["abstract"] = (t, s) => t.Abstract is null ? null : s.AbstractOnOneLine ? CsvCellText.JoinParagraphs(t.Abstract) : t.Abstract,
        ["language"] = (t, _) => t.Language,
        ["bibtex"] = (t, _) => t.BibTeX,
        ["source"] = (t, _) => t.Source.Path,
        ["source_line"] = (t, _) => t.Source.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The default columns, in order.</summary>
    public static IReadOnlyList<string> Default { get; } =
        ["key", "date", "end_date", "year", "title", "authors", "kind", "venue", "location", "url", "slides", "video", "event_url", "tags", "abstract", "source"];

    /// <summary>Every named column (besides <c>extra.&lt;key&gt;</c>), defaults first.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Default, .. Getters.Keys.Where(k => !Default.Contains(k)).Order(StringComparer.Ordinal)];

    /// <summary>The cell getter for each requested column, or a usage error naming the valid columns.</summary>
    internal static IReadOnlyList<Func<Talk, CsvSettings, string?>> Resolve(IReadOnlyList<string> names)
    {
        var getters = new List<Func<Talk, CsvSettings, string?>>(names.Count);
        foreach (var name in names)
        {
            if (Getters.TryGetValue(name, out var getter))
            {
                getters.Add(getter);
            }
            else if (name.StartsWith(ExtraPrefix, StringComparison.Ordinal) && name.Length > ExtraPrefix.Length)
            {
                var key = name[ExtraPrefix.Length..];
                getters.Add((t, s) => ExtraValue(t, key, s.ListSeparator));
            }
            else
            {
                throw new TalkExportException(
                    FailureKind.Usage,
                    $"--{CsvExporter.ColumnsOption}: unknown column '{name}'. Valid columns: {string.Join(", ", All)}, or extra.<key> for a front-matter key.");
            }
        }

        return getters;
    }

    /// <summary>The extra value of <paramref name="key"/> as cell text: a list joined, a mapping as <c>key: value</c> items.</summary>
    internal static string? ExtraValue(Talk talk, string key, string listSeparator)
    {
        FrontMatterValue? value = null;
        foreach (var (k, v) in talk.Extra)
        {
            if (string.Equals(k, key, StringComparison.Ordinal))
            {
                value = v;
            }
        }

        return value is null ? null : Flatten(value, listSeparator);
    }

    private static string? Flatten(FrontMatterValue value, string listSeparator) => value switch
    {
        FrontMatterScalar s => s.AsString(),
        FrontMatterSequence seq => string.Join(listSeparator, seq.Items.Select(i => Flatten(i, listSeparator)).Where(i => !string.IsNullOrEmpty(i))),
        FrontMatterMapping map => string.Join(listSeparator, map.Entries.Select(e => $"{e.Key}: {Flatten(e.Value, listSeparator)}")),
        _ => null,
    };

    // Records that name no speaker are the site owner's own talks.
    private static string Authors(Talk talk, CsvSettings settings) =>
        talk.Authors.Count == 0 && PersonNames.Parse(settings.Owner) is { } owner
            ? owner.Name
            : string.Join(settings.ListSeparator, talk.Authors.Select(a => a.Name));
}
