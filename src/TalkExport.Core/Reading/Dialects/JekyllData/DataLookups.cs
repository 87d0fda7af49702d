using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects.JekyllData;

/// <summary>
/// The lookups a site's templates make from an item's key into another data file by its <c>id</c>
/// (<c>site.data.conferences | where: "id", talk.host | first</c>): the entry found is what the page
/// shows for that key: its <c>name</c> in place of the id (the venue), its <c>title</c> where the item
/// has none, its <c>location</c> and <c>url</c> where the item has none. For each of those the first
/// lookup written whose entry has it wins, as the template's <c>if talk.host … else …</c> does.
/// </summary>
internal sealed class DataLookups
{
    private readonly List<(string Key, Dictionary<string, FrontMatterMapping> ById)> _tables;
    private readonly List<(string Key, string DataPath)> _missing;

    private DataLookups(List<(string, Dictionary<string, FrontMatterMapping>)> tables, List<(string, string)> missing)
    {
        _tables = tables;
        _missing = missing;
    }

    /// <summary>No lookups.</summary>
    public static DataLookups None { get; } = new([], []);

    /// <summary>The lookups of <paramref name="siteRoot"/>'s templates, their data files read by the site-file rules.</summary>
    public static DataLookups Load(string siteRoot, ReaderOptions options, ICollection<Diagnostic> diagnostics)
    {
        var tables = new List<(string, Dictionary<string, FrontMatterMapping>)>();
        var missing = new List<(string, string)>();
        foreach (var (key, list) in SiteTemplates.IdLookups(siteRoot, options.Limits))
        {
            var segments = list.Split('.');
            var path = Path.Combine(siteRoot, "_data", segments[0]);
            if (Array.Find([path + ".yml", path + ".yaml", path + ".json"], File.Exists) is not { } candidate)
            {
                missing.Add((key, list));
                continue;
            }

            {
                var files = new Sites.SiteFiles(siteRoot, options.Limits, options.FollowSymlinks, diagnostics);
                var display = Path.GetRelativePath(siteRoot, candidate).Replace('\\', '/');
                if (DataFileParser.Parse(files.ReadText(candidate), string.Join('.', segments[1..]), display, options.Limits, diagnostics) is { } value)
                {
                    tables.Add((key, ById(value)));
                }
            }
        }

        return tables.Count == 0 && missing.Count == 0 ? None : new DataLookups(tables, missing);
    }

    /// <summary>The value of <paramref name="field"/> in the first entry a template looks up for the item that has one, with the item's key; or nulls.</summary>
    public (string? Key, FrontMatterValue? Value) Find(FrontMatterMapping item, string field)
    {
        foreach (var (key, byId) in _tables)
        {
            if (item.Text(key) is { } id && byId.TryGetValue(id, out var entry) && entry[field] is FrontMatterScalar { IsNull: false } value)
            {
                return (key, value);
            }
        }

        return (null, null);
    }

    /// <summary>A lookup the item's keys call for whose data file is not in the site ("site.data.portfolio.talks by `id`"), or null.</summary>
    public string? Unavailable(FrontMatterMapping item)
    {
        foreach (var (key, list) in _missing)
        {
            if (item.Text(key) is not null)
            {
                return $"site.data.{list} by `{key}`";
            }
        }

        return null;
    }

    // Liquid's `where` compares the value as text; `first` keeps the first entry with that id.
    private static Dictionary<string, FrontMatterMapping> ById(FrontMatterValue value)
    {
        var byId = new Dictionary<string, FrontMatterMapping>(StringComparer.Ordinal);
        foreach (var item in (value as FrontMatterSequence)?.Items ?? [])
        {
            if (item is FrontMatterMapping m && m.Text("id") is { } id)
            {
                byId.TryAdd(id, m);
            }
        }

        return byId;
    }
}
