using TalkExport.Core.Model;

using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Oracles;

/// <summary>
/// Compares, record by record, the talks TalkExport reads from one generator site with the pages the
/// generator publishes: which records are talks, their titles, page URLs and dates.
/// </summary>
internal static class GeneratorComparison
{
    // The collections (Jekyll) and sections (Hugo) that theme families keep talks in: a page there
    // that TalkExport does not read as a talk is a difference even when no other talk came from there.
    private static readonly HashSet<string> TalkCollections = new(StringComparer.Ordinal) { "talks", "talk", "event", "events", "posts:talks/_posts" };

    /// <summary>The site's differences and the number of records compared (our talks and the generator's talk pages we did not read).</summary>
    public static (List<Difference> Differences, int Records) Compare(string siteName, string siteRoot, IReadOnlyList<Talk> talks, IReadOnlyList<GeneratorPage> pages, ILookup<string, string> codesByFile)
    {
        IReadOnlySet<string> Codes(string fullPath) => codesByFile[fullPath].ToHashSet(StringComparer.Ordinal);
        var differences = new List<Difference>();
        var byPath = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var collections = new HashSet<string>(TalkCollections, StringComparer.Ordinal);
        var ours = new HashSet<string>(StringComparer.Ordinal);
        foreach (var talk in talks)
        {
            var full = talk.Source.FullPath ?? talk.Source.Path;
            var path = Path.GetRelativePath(siteRoot, full).Replace('\\', '/');
            ours.Add(path);
            Difference Diff(string field, string? a, string? b, GeneratorPage? page) => new(siteName, path, field, a, b, full, page, Codes(full));
            if (!byPath.TryGetValue(path, out var page) || !page.Published)
            {
                differences.Add(Diff("record", "talk", page is null ? "not a page" : "draft", page));
                continue;
            }

            collections.Add(CollectionKey(page));
            if (Normal(talk.Title) != Normal(page.Title))
            {
                differences.Add(Diff("title", talk.Title, page.Title, page));
            }

            if (!SameUrl(talk.Links.Page, page.Url))
            {
                differences.Add(Diff("url", talk.Links.Page, page.Url, page));
            }

            var date = talk.Date?.ToString();
            if (date != page.Date)
            {
                differences.Add(Diff("date", date, page.Date, page));
            }
        }

        var missed = pages.Where(p => p.Published && !ours.Contains(p.Path) && collections.Contains(CollectionKey(p)) && !IsListPage(p.Path)).ToList();
        foreach (var page in missed)
        {
            var full = Path.Combine(siteRoot, page.Path);
            differences.Add(new Difference(siteName, page.Path, "record", "not a talk", "page", full, page, Codes(full)));
        }

        return (differences, talks.Count + missed.Count);
    }

    // Jekyll keeps every post in one "posts" collection; the folder holding `_posts` says which list it is on.
    private static string CollectionKey(GeneratorPage page)
    {
        if (page.Collection != "posts")
        {
            return page.Collection;
        }

        var at = page.Path.LastIndexOf("_posts/", StringComparison.Ordinal);
        return "posts:" + (at < 0 ? "_posts" : page.Path[..(at + "_posts".Length)]);
    }

    // Hugo's section page (`_index.md`) lists the talks; it is never one.
    private static bool IsListPage(string path) => Path.GetFileNameWithoutExtension(path) == "_index";

    private static string Normal(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // A relative URL on one side (no site URL configured) is compared by its path.
    private static bool SameUrl(string? ours, string theirs)
    {
        if (ours is null)
        {
            return false;
        }

        if (ours == theirs)
        {
            return true;
        }

        static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.AbsolutePath : url;
        var absoluteOurs = Uri.TryCreate(ours, UriKind.Absolute, out var a) && a.Scheme is "http" or "https";
        var absoluteTheirs = Uri.TryCreate(theirs, UriKind.Absolute, out var b) && b.Scheme is "http" or "https";
        return absoluteOurs != absoluteTheirs && PathOf(ours) == PathOf(theirs);
    }
}
