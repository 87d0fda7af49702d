using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Reading.Sites;

/// <summary>Reads a Hugo site's config (<c>config|hugo.toml|yaml</c>, <c>config/_default/*</c>) and author profiles.</summary>
internal static class HugoSiteReader
{
    /// <summary>Root config file names, in Hugo's order.</summary>
    public static readonly string[] ConfigNames = ["hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml"];

    public static SiteConfig Read(SiteFiles files)
    {
        var root = files.Root;
        string? baseUrl = null;
        (string Name, string File)? paramsName = null;
        var permalinks = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        bool? removePathAccents = null, disablePathToLower = null;
        string? defaultLanguage = null;
        var languages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var config in ConfigFiles(root))
        {
            var map = Parse(config, files);
            if (map is null)
            {
                continue;
            }

            if (IsNamed(config, "languages"))
            {
                // config/_default/languages.toml: each top-level key is a language code.
                languages.UnionWith(map.Entries.Select(e => e.Key));
                continue;
            }

            baseUrl ??= SiteUrls.Absolute(map.TextIgnoreCase("baseURL"));
            removePathAccents ??= Flag(map, "removePathAccents");
            disablePathToLower ??= Flag(map, "disablePathToLower");
            defaultLanguage ??= map.TextIgnoreCase("defaultContentLanguage");
            if (map.Map("languages") is { } languageMap)
            {
                languages.UnionWith(languageMap.Entries.Select(e => e.Key));
            }

            // Hugo Academic before author profiles (v1-v2, 2016-2018) names the owner in the site
            // params: `[params] name` (config.toml) or `name` in config/_default/params.toml; its
            // talk page shows `site.Params.name` when a talk names no authors.
            paramsName ??= ParamsName(map, config) is { } name ? (name, config) : null;
            if (map.Map("permalinks") is { } patterns)
            {
                foreach (var (section, value) in patterns.Entries)
                {
                    if (value.AsString()?.Trim() is { Length: > 0 } pattern)
                    {
                        permalinks.TryAdd(section, pattern);
                    }
                }
            }
        }

        var authors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var owner = HugoAuthors.Read(files, authors) ?? paramsName;
        return new SiteConfig
        {
            RootPath = root,
            Generator = SiteGenerators.Hugo,
            BaseUrl = baseUrl,
            Owner = owner?.Name,
            OwnerFile = owner?.File,
            CollectionPermalinks = permalinks,
            Authors = authors,
            HugoPaths = new HugoPaths
            {
                RemovePathAccents = removePathAccents ?? false,
                DisablePathToLower = disablePathToLower ?? false,
                Languages = languages.Append(defaultLanguage ?? "en").ToHashSet(StringComparer.OrdinalIgnoreCase),
            },
        };
    }

    private static bool? Flag(FrontMatterMapping map, string key) => map.ValueIgnoreCase(key) switch
    {
        null => null,
        var v when FrontMatterLookup.IsTrue(v) => true,
        _ => false,
    };

    private static bool IsNamed(string configPath, string name) =>
        Path.GetFileNameWithoutExtension(configPath).Equals(name, StringComparison.OrdinalIgnoreCase);

    private static string? ParamsName(FrontMatterMapping map, string configPath)
    {
        var isParamsFile = IsNamed(configPath, "params");
        var name = isParamsFile ? map.Text("name") : map.Map("params")?.Text("name");
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    /// <summary>True when <paramref name="folder"/> holds a Hugo config.</summary>
    public static bool IsHugoRoot(string folder) =>
        ConfigNames.Any(n => File.Exists(Path.Combine(folder, n))) ||
        ConfigNames.Any(n => File.Exists(Path.Combine(folder, "config", "_default", n)));

    /// <summary>Parses a YAML or TOML config file by its extension.</summary>
    internal static FrontMatterMapping? Parse(string path, SiteFiles files)
    {
        var text = files.ReadText(path);
        string? error;
        var map = path.EndsWith(".toml", StringComparison.OrdinalIgnoreCase)
            ? ConfigFileParser.ParseToml(text, out error)
            : ConfigFileParser.ParseYaml(text, files.Limits.MaxDepth, out error);
        if (map is null)
        {
            files.Diagnostics.Add(Diagnostic.Warning(MappingDiagnosticCodes.SiteConfigUnreadable, SiteFiles.Display(path), 0, 0, $"the site config could not be read ({error}); using defaults"));
        }

        return map;
    }

    // Root config first (it wins in Hugo), then config/_default/{hugo,config}.*, then params.* (the owner) and languages.* (the codes).
    private static IEnumerable<string> ConfigFiles(string root)
    {
        foreach (var name in ConfigNames)
        {
            var path = Path.Combine(root, name);
            if (File.Exists(path))
            {
                yield return path;
            }
        }

        foreach (var name in ConfigNames)
        {
            var path = Path.Combine(root, "config", "_default", name);
            if (File.Exists(path))
            {
                yield return path;
            }
        }

        foreach (var name in SideFileNames)
        {
            var path = Path.Combine(root, "config", "_default", name);
            if (File.Exists(path))
            {
                yield return path;
            }
        }
    }

    private static readonly string[] SideFileNames = ["params.toml", "params.yaml", "params.yml", "languages.toml", "languages.yaml", "languages.yml"];
}
