using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Support;

/// <summary>Small fictional sites written by the tests themselves.</summary>
internal static class Fixtures
{
    /// <summary>A Jekyll site with two good seed-style talks and one whose YAML is broken (an unterminated quote).</summary>
    public static string SiteWithBrokenRecord(TempDirectory dir)
    {
        var site = dir.Combine("site");
        var posts = Path.Combine(site, "talks", "_posts");
        Directory.CreateDirectory(posts);
        File.WriteAllText(Path.Combine(site, "_config.yml"), "name: Ada Example\nurl: https://ada.example.org\nbaseurl: /\n");
        File.WriteAllText(Path.Combine(posts, "2021-03-04-first-talk.md"), Post("First talk", "Seminar series at Example University"));
        File.WriteAllText(Path.Combine(posts, "2022-05-06-second-talk.md"), Post("Second talk", "Invited talk, Example Conference"));
        File.WriteAllText(Path.Combine(posts, "2022-07-08-broken-talk.md"), "---\ntitle: \"Broken talk\nlayout: talks\nvenue: Nowhere\n---\n");
        return site;
    }

    public static string Post(string title, string venue, string extra = "") =>
        $"---\ntitle: {title}\nlayout: talks\ntags:\n - default\nlongversion: \"<p>About {title}.</p>\"\nvenue: {venue}\nauthors: Ada Example\nbibtex:\n{extra}---\n";
}
