using TalkExport.Core.Model;
using TalkExport.Core.Reading;

namespace TalkExport.Core.Tests.Reading;

/// <summary>Parses a fictional record with the real FrontMatterParser and maps it, as TalkReader does.</summary>
internal static class MapperHarness
{
    public const string Root = "/site";

    public static SiteConfig Jekyll { get; } = new()
    {
        RootPath = Root,
        Generator = "jekyll",
        BaseUrl = "https://ada.example.org",
        Owner = "Ada Lovelace",
        Permalink = "/:categories/:year/:title/",
        CollectionPermalinks = new Dictionary<string, string> { ["talks"] = "/:collection/:path/" },
    };

    public static SiteConfig Hugo { get; } = new()
    {
        RootPath = Root,
        Generator = "hugo",
        BaseUrl = "https://grace.example.org",
        Owner = "Grace Hopper",
        Authors = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["admin"] = "Grace Hopper", ["kay"] = "Kay McNulty" },
    };

    /// <summary>Maps the record at <paramref name="relativePath"/> below <paramref name="root"/> (default <see cref="Root"/>).</summary>
    public static (Talk? Talk, List<Diagnostic> Diagnostics) Map(string relativePath, string text, SiteConfig site, ReaderOptions? options = null, string root = Root)
    {
        var diagnostics = new List<Diagnostic>();
        var document = FrontMatterParser.Parse(text, relativePath, ReaderLimits.Default, diagnostics)
            ?? throw new InvalidOperationException("fixture does not parse: " + string.Join("; ", diagnostics));
        var file = new RecordFile(root + "/" + relativePath, relativePath) { InTalkCollection = true };
        var talk = new TalkMapper(options ?? ReaderOptions.Default).Map(file, document, site, diagnostics);
        return (talk, diagnostics);
    }

    public static Talk MapOne(string relativePath, string text, SiteConfig site, ReaderOptions? options = null)
    {
        var (talk, diagnostics) = Map(relativePath, text, site, options);
        return talk ?? throw new InvalidOperationException("not mapped: " + string.Join("; ", diagnostics));
    }
}
