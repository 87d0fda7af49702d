namespace TalkExport.Core.Model;

/// <summary>
/// Which links a talk may have at all, decided once for every format: absolute http and https
/// links, mailto addresses, and relative links (kept as written when the site URL is unknown).
/// Any other scheme (<c>javascript:</c>, <c>data:</c>, <c>file:</c>, <c>vbscript:</c>) would become
/// clickable in a PDF, a document or a web CV, and a control character has no place in a URL, so
/// such links are refused. Each format may still show fewer (ORCID takes http and https only).
/// </summary>
public static class LinkPolicy
{
    /// <summary>Why <paramref name="link"/> is refused, or null when a talk may have it.</summary>
    public static string? Refusal(string link)
    {
        // char.IsControl, as two vectorized range scans: this runs on every link of every talk.
        if (link.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') >= 0 || link.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') >= 0)
        {
            return "it holds a control character";
        }

        var scheme = SchemeOf(link);
        return scheme is null || scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"its scheme \"{scheme}:\" is not http, https or mailto";
    }

    /// <summary>True when <paramref name="url"/> is an absolute http or https URL with a host (a site URL, <c>--base-url</c>).</summary>
    public static bool IsWebUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && Refusal(url) is null;

    /// <summary>
    /// The scheme as RFC 3986 spells it (a letter, then letters, digits, '+', '-', '.') before the
    /// first ':'; null for a relative link (<c>/talks/x</c>, <c>slides.pdf</c>, <c>#top</c>).
    /// </summary>
    public static string? SchemeOf(string link)
    {
        var colon = link.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = link[i];
            if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
            {
                return null;
            }
        }

        return link[..colon];
    }
}
