using System.Text;

namespace TalkExport.Exporters.Template;

/// <summary>Escapes plain text and links for Markdown (pandoc's and CommonMark's inline syntax).</summary>
public static class MarkdownText
{
    // The ASCII punctuation that starts or ends inline markup anywhere in a line in pandoc Markdown
    // or CommonMark (emphasis, code, links, raw HTML, entities, math, citations, attributes,
    // strike-out, super/subscript); both accept a backslash before any ASCII punctuation. Markup
    // that only starts a line (#, +, |) or follows an escaped bracket ((, !) cannot occur in
    // the middle of a list item, so it stays unescaped and readable.
    private const string Special = "\\`*_{}[]<>~^$@&";

    /// <summary>Text that renders as itself: inline markup characters are backslash-escaped, line ends become spaces, other control characters are dropped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\').Append(c);
            }
            else if (c is '\n' or '\r' or '\t')
            {
                sb.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>A link destination for <c>[text](&lt;url&gt;)</c>: spaces, angle brackets and controls percent-encoded.</summary>
    public static string Url(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var sb = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            _ = c switch
            {
                ' ' => sb.Append("%20"),
                '<' => sb.Append("%3C"),
                '>' => sb.Append("%3E"),
                _ when char.IsControl(c) => sb,
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
