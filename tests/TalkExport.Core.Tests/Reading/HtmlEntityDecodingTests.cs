using System.Net;
using System.Text;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Tests.Reading;

/// <summary>The in-place entity decoder must give exactly WebUtility.HtmlDecode's result, quirks included.</summary>
public sealed class HtmlEntityDecodingTests
{
    private static readonly string[] Pieces =
    [
        "&amp;", "&lt;", "&mdash;", "&eacute;", "&nbsp;", "&#233;", "&#x1F600;", "&#xD800;", "&#99999999;", "&#;", "&#x;",
        "&unknown;", "&", ";", "&amp", "& b;", "&#12", "text", " ", "\n", "é", "&&amp;", "&;", "&AMP;", "&#X41;",
    ];

    [Fact]
    public void DecodeEntities_RandomText_SameAsWebUtility()
    {
        var random = new Random(42);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var source = text.ToString();
            var buffer = new char[source.Length];
            var amp = source.IndexOf('&', StringComparison.Ordinal);
            var actual = amp < 0 ? source : new string(buffer, 0, HtmlText.DecodeEntities(source, amp, buffer));

            Assert.Equal(WebUtility.HtmlDecode(source), actual);
        }
    }
}
