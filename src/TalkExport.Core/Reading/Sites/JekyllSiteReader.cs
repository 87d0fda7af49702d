using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Reading.Sites;

/// <summary>Reads a Jekyll site's <c>_config.yml</c> and <c>CNAME</c>.</summary>
internal static class JekyllSiteReader
{
    /// <summary>The config file names Jekyll reads, in its order.</summary>
    public static readonly string[] ConfigNames = ["_config.yml", "_config.yaml"];

    public static SiteConfig Read(SiteFiles files)
    {
        var root = files.Root;
        var config = ReadConfig(files, out var configPath) ?? new FrontMatterMapping([]);
        var url = SiteUrls.Absolute(config.Text("url"));
        url ??= SiteUrls.Absolute(ReadCname(files) is { } host ? "https://" + host : null);

        // Never guessed from the folder name: a clone called academicpages.github.io would become the template's demo site.

        var collections = new Dictionary<string, string>(StringComparer.Ordinal);
        if (config.Map("collections") is { } declared)
        {
            foreach (var (name, value) in declared.Entries)
            {
                if (value is FrontMatterMapping settings && settings.Text("permalink") is { } pattern)
                {
                    collections[name] = pattern;
                }
            }
        }

        return new SiteConfig
        {
            RootPath = root,
            Generator = SiteGenerators.Jekyll,
            BaseUrl = url is null ? null : SiteUrls.Join(url, config.Text("baseurl")),
            Owner = OwnerOf(config),
            OwnerFile = configPath,
            Permalink = config.Text("permalink"),
            CollectionPermalinks = collections,
        };
    }

    // name, else author.name, else first_name + middle_name + last_name (al-folio), else title (input.md's order).
    private static string? OwnerOf(FrontMatterMapping config)
    {
        if (config.Text("name") is { } name)
        {
            return name;
        }

        if (config.Map("author")?.Text("name") is { } authorName)
        {
            return authorName;
        }

        var first = config.Text("first_name");
        var last = config.Text("last_name");
        if (first is not null || last is not null)
        {
            return string.Join(' ', new[] { first, config.Text("middle_name"), last }.Where(p => !string.IsNullOrWhiteSpace(p)));
        }

        // A site titled by its host name ("sippsack.de", minima's default shape) names no person.
        return config.Text("title") is { } title && !IsHostName(title) ? title : null;
    }

    private static bool IsHostName(string title)
    {
        var text = title.Trim();
        return text.Contains('.', StringComparison.Ordinal) && !text.Any(char.IsWhiteSpace) && !text.EndsWith('.');
    }

    private static FrontMatterMapping? ReadConfig(SiteFiles files, out string? path)
    {
        path = null;
        foreach (var name in ConfigNames)
        {
            path = Path.Combine(files.Root, name);
            if (!File.Exists(path))
            {
                path = null;
                continue;
            }

            var map = ConfigFileParser.ParseYaml(files.ReadText(path), files.Limits.MaxDepth, out var error);
            if (map is null)
            {
                files.Diagnostics.Add(Diagnostic.Warning(MappingDiagnosticCodes.SiteConfigUnreadable, SiteFiles.Display(path), 0, 0, $"the site config could not be read ({error}); using defaults"));
            }

            return map;
        }

        return null;
    }

    private static string? ReadCname(SiteFiles files)
    {
        var path = Path.Combine(files.Root, "CNAME");
        if (!File.Exists(path))
        {
            return null;
        }

        foreach (var line in files.ReadText(path).Split('\n'))
        {
            var host = line.Trim();
            if (host.Length > 0)
            {
                return host;
            }
        }

        return null;
    }
}
