using System.Globalization;
using System.Text;

namespace TalkExport.Exporters.Orcid.Mapping;

/// <summary>Makes links safe for <c>xs:anyURI</c> and ORCID: absolute http(s), percent-encoded.</summary>
internal static class OrcidUrls
{
    /// <summary>
    /// The link as an absolute http(s) URL with spaces, controls, non-ASCII and the characters
    /// RFC 3986 never allows percent-encoded (a second '#' too: .NET's anyURI check rejects "##");
    /// null when the link is relative, has another scheme or no host.
    /// </summary>
    public static string? Normalize(string? link)
    {
        var trimmed = link?.Trim();
        if (string.IsNullOrEmpty(trimmed)
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var sb = new StringBuilder(trimmed.Length);
        var seenHash = false;
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in trimmed.EnumerateRunes())
        {
            if (rune.Value == '#' && !seenHash)
            {
                seenHash = true;
                sb.Append('#');
            }
            else if (rune.Value is > 0x20 and < 0x7F && rune.Value is not ('"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}' or '#'))
            {
                sb.Append((char)rune.Value);
            }
            else
            {
                var n = rune.EncodeToUtf8(bytes);
                foreach (var b in bytes[..n])
                {
                    sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>Percent-encodes a relative path for use after a base URL ('/' kept).</summary>
    public static string EscapePath(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
