using System.Text;

namespace TalkExport.Exporters.CvData;

/// <summary>
/// Text for fields that RenderCV and al-folio render as Markdown (RenderCV's bullets, names,
/// summaries and highlights; al-folio's <c>markdownify</c>): a title with "*" or "_" must not turn
/// bold. Both read a backslash before a punctuation character as that character.
/// </summary>
public static class CvMarkdown
{
    /// <summary><paramref name="text"/> with Markdown's inline markup characters escaped, on one line.</summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            // Only the characters both Python-Markdown (RenderCV) and kramdown (al-folio) unescape.
            if (c is '\\' or '*' or '_' or '[' or ']' or '`')
            {
                builder.Append('\\');
            }

            // Markdown makes a paragraph of a line break: an entry is one line.
            builder.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
        }

        return builder.ToString();
    }

    /// <summary>A Markdown link; the address is already absolute and ASCII (see <see cref="CvTalkMapping"/>).</summary>
    public static string Link(string label, string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        // A parenthesis would end the link's target early.
        return $"[{Text(label)}]({address.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})";
    }

    /// <summary>The links as "[Slides](…), [Video](…)", or null when there are none.</summary>
    public static string? Links(IReadOnlyList<CvLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        return links.Count == 0 ? null : string.Join(", ", links.Select(l => Link(l.Label, l.Address)));
    }
}
