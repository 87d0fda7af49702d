using System.Text.Json;

namespace TalkExport.Testing;

/// <summary>
/// Jekyll 4.3 (through <c>tests/oracles/jekyll-read.rb</c>, its Ruby API) and Hugo 0.111 (through
/// <c>tests/oracles/hugo-list.py</c>, <c>hugo list all</c>) run on a temporary copy of a site — both
/// write caches and locks into the folder they read, and the Hugo harness edits the copy's config.
/// </summary>
public static class SiteGenerator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The generator a site folder is built with, or null when it is neither's.</summary>
    public static string? Kind(string folder)
    {
        if (File.Exists(Path.Combine(folder, "_config.yml")) || File.Exists(Path.Combine(folder, "_config.yaml")))
        {
            return "jekyll";
        }

        var hugoConfig = new[] { "config.toml", "config.yaml", "config.yml", "config.json", "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json" };
        return hugoConfig.Any(n => File.Exists(Path.Combine(folder, n))) || Directory.Exists(Path.Combine(folder, "config", "_default"))
            ? "hugo"
            : null;
    }

    /// <summary>The generator sites of <paramref name="repository"/>: itself when it is one, else the sites inside it (a theme repository's example sites).</summary>
    public static IEnumerable<string> SiteRoots(string repository)
    {
        if (Kind(repository) is not null)
        {
            // TalkExport reads a site in its own content folders only (a theme's exampleSite inside
            // the site is not the owner's), so a site's nested sites are not compared either.
            yield return repository;
            yield break;
        }

        foreach (var sub in Directory.EnumerateDirectories(repository).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (name is "content" or "themes" or "node_modules" or "static" or "assets" or "layouts" or "config" or "data" or "resources" || name.StartsWith('_') || name.StartsWith('.'))
            {
                continue;
            }

            foreach (var root in SiteRoots(sub))
            {
                yield return root;
            }
        }
    }

    /// <summary>What the generator reads in <paramref name="site"/>: its pages, or a reason it cannot read the site.</summary>
    public static (IReadOnlyList<GeneratorPage> Pages, string? Failure) Read(string site)
    {
        using var copy = new TempDirectory();
        var folder = copy.CopyTree(site, "site");
        return Kind(site) == "jekyll" ? ReadJekyll(folder) : ReadHugo(folder);
    }

    /// <summary>The JSON lines <c>jekyll-read.rb</c> prints for a copy of the Jekyll site <paramref name="site"/> (documents, then site.data items), or a failure.</summary>
    public static (IReadOnlyList<JsonElement> Lines, string? Failure) ReadJekyllLines(string site)
    {
        using var copy = new TempDirectory();
        var folder = copy.CopyTree(site, "site");
        var result = ExternalTool.Run(ExternalTool.Require("ruby"), [Script("jekyll-read.rb"), folder], timeout: Timeout, environment: Utc);
        if (result.ExitCode != 0)
        {
            return ([], $"jekyll: {FirstLine(result.StandardError)}");
        }

        return (result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList(), null);
    }

    private static (IReadOnlyList<GeneratorPage>, string?) ReadJekyll(string folder)
    {
        var ruby = ExternalTool.Require("ruby");
        var result = ExternalTool.Run(ruby, [Script("jekyll-read.rb"), folder], timeout: Timeout, environment: Utc);
        if (result.ExitCode != 0)
        {
            return ([], $"jekyll: {FirstLine(result.StandardError)}");
        }

        var pages = new List<GeneratorPage>();
        foreach (var line in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var o = json.RootElement;
            if (o.TryGetProperty("fatal", out var fatal))
            {
                return ([], $"jekyll stops: {fatal.GetString()}");
            }

            if (!o.TryGetProperty("path", out var path))
            {
                continue;
            }

            pages.Add(new GeneratorPage(
                path.GetString()!,
                o.GetProperty("collection").GetString()!,
                o.GetProperty("date").GetString(),
                o.GetProperty("title").GetString(),
                o.GetProperty("url").GetString()!,
                Published: true,
                ReadError: o.GetProperty("error").GetBoolean()));
        }

        return (pages, null);
    }

    private static (IReadOnlyList<GeneratorPage>, string?) ReadHugo(string folder)
    {
        ExternalTool.Require("hugo");
        var python = ExternalTool.RequirePythonWithYaml();
        var result = ExternalTool.Run(python, [Script("hugo-list.py"), folder], timeout: Timeout, environment: Utc);
        if (result.ExitCode != 0)
        {
            return ([], $"hugo: {FirstLine(result.StandardError)}");
        }

        var pages = new List<GeneratorPage>();
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = CsvLine.Split(lines[0]);
        int Column(string name) => header.IndexOf(name);
        foreach (var line in lines.Skip(1))
        {
            var cells = CsvLine.Split(line);
            var path = cells[Column("path")];
            if (!path.StartsWith("content/", StringComparison.Ordinal))
            {
                continue;
            }

            var inContent = path["content/".Length..];
            var section = inContent.Contains('/') ? inContent[..inContent.IndexOf('/')] : "";
            var date = cells[Column("date")];
            pages.Add(new GeneratorPage(
                path,
                section,
                date.StartsWith("0001-", StringComparison.Ordinal) ? null : date[..10],
                cells[Column("title")],
                cells[Column("permalink")],
                Published: cells[Column("draft")] != "true",
                ReadError: false));
        }

        return (pages, null);
    }

    private static Dictionary<string, string> Utc { get; } = new() { ["TZ"] = "UTC" };

    private static string Script(string name) => Path.Combine(TestEnvironment.RepositoryRoot, "tests", "oracles", name);

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Contains("rror", StringComparison.Ordinal)) ?? text.Trim();
}
