using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Tests.Reading;

/// <summary>
/// IsVideo skips parsing a URL that cannot name a video host; it must answer exactly as the
/// parse-every-URL check (kept here as the reference) on URLs of every shape.
/// </summary>
public sealed class VideoLinkTests
{
    private static readonly string[] VideoHosts = ["youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com"];

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=x", true)]
    [InlineData("HTTPS://WWW.YOUTUBE.COM/watch", true)]
    [InlineData("https://youtu.be/abc", true)]
    [InlineData("http://player.vimeo.com/video/1", true)]
    [InlineData("https://notyoutube.com/x", false)]
    [InlineData("https://example.org/youtube.com", false)]
    [InlineData("ftp://youtube.com/x", false)]
    [InlineData("https://example.org/paper", false)]
    [InlineData("/talks/video.mp4", false)]
    public void IsVideo_Examples_AsTheRuleSays(string url, bool expected) => Assert.Equal(expected, LinkResolver.IsVideo(url));

    [Fact]
    public void IsVideo_RandomUrls_SameAsParsingEveryUrl()
    {
        var random = new Random(26112026);
        string[] schemes = ["https://", "http://", "HTTP://", "ftp://", "//", "", "mailto:"];
        string[] hosts = ["www.youtube.com", "youtu.be", "YouTube.com", "m.youtube-nocookie.com", "vimeo.com", "player.VIMEO.com", "example.org", "you%74ube.com", "youtube.com.evil.org", "user@youtube.com", "youtube.com:8080", "xn--youtube.com", "ｙｏｕｔｕｂｅ.com", "vimeo", "127.0.0.1", ""];
        string[] paths = ["", "/", "/watch?v=abc", "/video/123#t=1", "/a b", "?q=youtube.com", "\\x", "/%20"];
        var videos = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var url = schemes[random.Next(schemes.Length)] + hosts[random.Next(hosts.Length)] + paths[random.Next(paths.Length)];
            if (random.Next(5) == 0)
            {
                url = " " + url + " ";
            }

            var expected = Reference(url);
            Assert.True(expected == LinkResolver.IsVideo(url), $"\"{url}\": expected {expected}");
            videos += expected ? 1 : 0;
        }

        Assert.True(videos > 2_000, $"only {videos} video URLs among the generated ones");
    }

    // The check as it was before the shortcut: parse, then compare the host.
    private static bool Reference(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false;
        }

        return VideoHosts.Any(v => uri.Host.Equals(v, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + v, StringComparison.OrdinalIgnoreCase));
    }
}
