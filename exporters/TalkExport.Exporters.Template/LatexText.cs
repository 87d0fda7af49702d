using System.Text;

namespace TalkExport.Exporters.Template;

/// <summary>Escapes plain text for LaTeX body text (pdflatex with T1 fonts and UTF-8 input).</summary>
public static class LatexText
{
    /// <summary>
    /// Escapes the ten LaTeX special characters; line ends become spaces except a blank line,
    /// which stays a paragraph break (<c>\par</c>); other control characters are dropped.
    /// Non-ASCII letters are kept (<c>inputenc</c> UTF-8 is the default since LaTeX 2018).
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.ReplaceLineEndings("\n");
        var paragraphs = normalized.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sb = new StringBuilder(text.Length + 16);
        for (var p = 0; p < paragraphs.Length; p++)
        {
            if (p > 0)
            {
                sb.Append("\\par ");
            }

            foreach (var c in paragraphs[p])
            {
                sb.Append(c switch
                {
                    '\\' => "\\textbackslash{}",
                    '{' => "\\{",
                    '}' => "\\}",
                    '$' => "\\$",
                    '&' => "\\&",
                    '#' => "\\#",
                    '%' => "\\%",
                    '_' => "\\_",
                    '^' => "\\textasciicircum{}",
                    '~' => "\\textasciitilde{}",
                    '\n' or '\t' => " ",
                    _ when char.IsControl(c) => "",
                    _ => c.ToString(),
                });
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A URL for <c>\href{…}</c>, also inside another command's argument (moderncv's <c>\cventry</c>),
    /// where hyperref cannot change catcodes: characters TeX or a URL cannot carry as they are
    /// (space, controls, non-ASCII, <c>\ { } ^ ~ $ " &lt; &gt; | `</c>) are percent-encoded as UTF-8, and
    /// <c>% # &amp;</c> are escaped with a backslash, which hyperref turns back into the character
    /// (checked with pdflatex and <c>pdfinfo -url</c>). <c>~</c> becomes <c>%7E</c>, its RFC 3986 equivalent;
    /// <c>$</c> becomes <c>%24</c>, since <c>\$</c> breaks <c>\href</c> in an argument.
    /// </summary>
    public static string Url(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var sb = new StringBuilder(url.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c is '%' or '#' or '&')
            {
                sb.Append('\\').Append(c);
            }
            else if (c > ' ' && c < 0x7F && c is not ('\\' or '{' or '}' or '^' or '~' or '$' or '"' or '<' or '>' or '|' or '`'))
            {
                sb.Append(c);
            }
            else if (!char.IsSurrogate(c) || (char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1])))
            {
                var length = Encoding.UTF8.GetBytes(url.AsSpan(i, char.IsHighSurrogate(c) ? 2 : 1), utf8);
                i += char.IsHighSurrogate(c) ? 1 : 0;
                foreach (var b in utf8[..length])
                {
                    sb.Append("\\%").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return sb.ToString();
    }
}
