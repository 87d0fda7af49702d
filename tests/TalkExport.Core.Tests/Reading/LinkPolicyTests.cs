using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// The one link policy (<see cref="LinkPolicy"/>), applied where a talk is built: a link whose scheme
/// would run code or open a local file when clicked in a PDF, a .docx or a web CV, or that holds a
/// control character, is left out of the talk — so of every format — with warning TE1126.
/// </summary>
public sealed class LinkPolicyTests
{
    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVaScRiPt:alert(1)", "JaVaScRiPt")]
    [InlineData("data:text/html,<script>alert(1)</script>", "data")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("vbscript:msgbox(1)", "vbscript")]
    [InlineData("ftp://files.example.org/slides.pdf", "ftp")]
    public void Map_LinkWithAnotherScheme_IsLeftOutWithAWarning(string link, string scheme)
    {
        var (talk, diagnostics) = MapHugo($"url_slides: \"{link}\"\nurl_video: \"{link}\"\nurl_code: \"{link}\"\nevent_url: \"{link}\"\n");

        Assert.Null(talk.Links.Slides);
        Assert.Null(talk.Links.Video);
        Assert.Null(talk.Links.Code);
        Assert.Null(talk.Links.Event);
        Assert.Equal("https://grace.example.org/event/x/", talk.Links.Page);
        var refused = diagnostics.Where(d => d.Code == MappingDiagnosticCodes.LinkRefused).ToList();
        Assert.Equal(4, refused.Count);
        Assert.All(refused, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(refused, d => Assert.Contains($"scheme \"{scheme}:\"", d.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://example.org/a\\x01b")]
    [InlineData("https://example.org/a\\x7fb")]
    [InlineData("https://example.org/a\\x85b")]
    [InlineData("https://example.org/a\\x1b[31mb")]
    public void Map_LinkWithAControlCharacter_IsLeftOut(string yamlEscaped)
    {
        var (talk, diagnostics) = MapHugo($"url_slides: \"{yamlEscaped}\"\n");

        Assert.Null(talk.Links.Slides);
        Assert.Contains(diagnostics, d => d.Code == MappingDiagnosticCodes.LinkRefused && d.Message.Contains("control character", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://example.org/slides.pdf", "https://example.org/slides.pdf")]
    [InlineData("HTTP://example.org/slides.pdf", "HTTP://example.org/slides.pdf")]
    [InlineData("mailto:grace@example.org", "mailto:grace@example.org")]
    [InlineData("/files/slides.pdf", "https://grace.example.org/files/slides.pdf")]
    [InlineData("//cdn.example.org/slides.pdf", "https://cdn.example.org/slides.pdf")]
    public void Map_WebAndMailLinks_AreKept(string link, string expected)
    {
        var (talk, diagnostics) = MapHugo($"url_slides: \"{link}\"\n");

        Assert.Equal(expected, talk.Links.Slides);
        Assert.DoesNotContain(diagnostics, d => d.Code == MappingDiagnosticCodes.LinkRefused);
    }

    [Fact]
    public void Map_SiteUrlWithAnotherScheme_NoLinkIsJoinedToIt()
    {
        var site = MapperHarness.Jekyll with { BaseUrl = "javascript:alert(1)//" };
        var (talk, diagnostics) = MapperHarness.Map("_talks/2020-01-01-x.md", "---\ntitle: X\ndate: 2020-01-01\nslides: /files/x.pdf\n---\n", site);

        Assert.NotNull(talk);
        Assert.Null(talk.Links.Page);
        Assert.Null(talk.Links.Slides);
        Assert.Equal(2, diagnostics.Count(d => d.Code == MappingDiagnosticCodes.LinkRefused));
    }

    [Fact]
    public void Map_LongDataLink_MessageShowsItsStartOnly()
    {
        var link = "data:text/plain," + new string('a', 5_000);
        var (_, diagnostics) = MapHugo($"url_slides: \"{link}\"\n");

        var message = Assert.Single(diagnostics, d => d.Code == MappingDiagnosticCodes.LinkRefused).Message;
        Assert.True(message.Length < 200, message);
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("http://example.org/~ada", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("file:///home/ada/site", false)]
    [InlineData("example.org", false)]
    [InlineData("https://", false)]
    [InlineData("https://example.org/\u0001", false)]
    public void IsWebUrl_OnlyHttpAndHttpsWithAHost(string url, bool expected) => Assert.Equal(expected, LinkPolicy.IsWebUrl(url));

    private static (Talk Talk, List<Diagnostic> Diagnostics) MapHugo(string keys)
    {
        var (talk, diagnostics) = MapperHarness.Map("content/event/x/index.md", "---\ntitle: X\ndate: 2020-01-01\n" + keys + "---\n", MapperHarness.Hugo);
        Assert.NotNull(talk);
        return (talk, diagnostics);
    }
}
