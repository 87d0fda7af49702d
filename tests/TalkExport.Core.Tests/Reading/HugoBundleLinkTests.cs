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
        File.WriteAllText(_site.Combine("config.toml"), "baseURL = \"https://ada.example.org/\"\n");
    }

    public void Dispose() => _site.Dispose();

    private Talk Read(string frontMatter, params string[] bundleFiles)
    {
        var bundle = _site.Combine("content", "talk", "trust");
        Directory.CreateDirectory(bundle);
        File.WriteAllText(Path.Combine(bundle, "index.md"), "---\ntitle: Trust\ndate: 2020-01-01\n" + frontMatter + "---\n");
        foreach (var file in bundleFiles)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(bundle, file))!);
            File.WriteAllText(Path.Combine(bundle, file), "%PDF");
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

    [Fact]
    public void UrlSlides_NotInTheBundle_IsSiteRelative()
    {
        var talk = Read("url_slides: files/s.pdf\n");

        Assert.Equal("https://ada.example.org/files/s.pdf", talk.Links.Slides);
    }

    [Fact]
    public void UrlPdf_IsSiteRelativeEvenWhenTheBundleHasTheFile()
    {
        var talk = Read("url_pdf: trust-slides.pdf\n", "trust-slides.pdf");

        Assert.Equal("https://ada.example.org/trust-slides.pdf", talk.Links.Slides);
    }

    [Fact]
    public void BundlePdfNamedLikeTheBundle_WinsOverUrlPdf()
    {
        var talk = Read("url_pdf: other.pdf\n", "trust.pdf");

        Assert.Equal("https://ada.example.org/talk/trust/trust.pdf", talk.Links.Slides);
    }

    [Fact]
    public void BundlePdfNamedLikeTheBundle_IsThePdfWithoutUrlPdf()
    {
        var talk = Read("", "trust.pdf");

        Assert.Equal("https://ada.example.org/talk/trust/trust.pdf", talk.Links.Slides);
    }

    [Fact]
    public void Validate_StaticFile_IsFound()
    {
        Directory.CreateDirectory(_site.Combine("static", "files"));
        File.WriteAllText(_site.Combine("static", "files", "s.pdf"), "%PDF");
        var talk = Read("url_slides: files/s.pdf\n");

        Assert.True(SiteLinks.FindSiteFile(talk.Links.Slides!, talk, Site())!.Exists);
    }

    private SiteInfo Site() => new TalkReader().Read([_site.Path], TestContext.Current.CancellationToken).Site;
}
