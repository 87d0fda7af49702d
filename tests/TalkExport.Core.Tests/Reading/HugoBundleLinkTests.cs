using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Core.Validation;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// Hugo Academic / Wowchemy link keys in a page bundle, as the theme resolves them
/// (reference/themes/hugo-academic/README.md: url_* looked up among the bundle's files first,
/// else relURL; url_pdf always relURL; a bundle file named like the bundle is the PDF).
/// </summary>
public sealed class HugoBundleLinkTests : IDisposable
{
    private readonly TempDirectory _site = new();

    public HugoBundleLinkTests()
    {
        _site.Write("config.toml", "baseURL = \"https://ada.example.org/\"\n");
    }

    public void Dispose() => _site.Dispose();

    private Talk Read(string frontMatter, params string[] bundleFiles)
    {
        _site.Write("content/talk/trust/index.md", "---\ntitle: Trust\ndate: 2020-01-01\n" + frontMatter + "---\n");
        foreach (var file in bundleFiles)
        {
            _site.Write("content/talk/trust/" + file, "%PDF");
        }

        return Assert.Single(new TalkReader().Read([_site.Path], TestContext.Current.CancellationToken).Talks);
    }

    [Fact]
    public void UrlSlides_FileInTheBundle_IsUnderThePage()
    {
        var talk = Read("url_slides: s.pdf\n", "s.pdf");

        Assert.Equal("https://ada.example.org/talk/trust/s.pdf", talk.Links.Slides);
        Assert.True(SiteLinks.FindSiteFile(talk.Links.Slides!, talk, Site())!.Exists);
    }

    [Theory]
    [InlineData("url_slides: files/s.pdf", null, "/files/s.pdf")] // not in the bundle: relURL
    [InlineData("url_pdf: trust-slides.pdf", "trust-slides.pdf", "/trust-slides.pdf")] // url_pdf: relURL even when the bundle has it
    [InlineData("url_pdf: other.pdf", "trust.pdf", "/talk/trust/trust.pdf")] // <folder>.pdf wins over url_pdf
    [InlineData("", "trust.pdf", "/talk/trust/trust.pdf")] // <folder>.pdf is the PDF without url_pdf
    public void Slides_AsTheThemeResolvesThem(string key, string? bundleFile, string expected)
    {
        var talk = Read(key.Length == 0 ? "" : key + "\n", bundleFile is null ? [] : [bundleFile]);

        Assert.Equal("https://ada.example.org" + expected, talk.Links.Slides);
    }

    [Fact]
    public void Validate_StaticFile_IsFound()
    {
        _site.Write("static/files/s.pdf", "%PDF");
        var talk = Read("url_slides: files/s.pdf\n");

        Assert.True(SiteLinks.FindSiteFile(talk.Links.Slides!, talk, Site())!.Exists);
    }

    private SiteInfo Site() => new TalkReader().Read([_site.Path], TestContext.Current.CancellationToken).Site;
}
