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
}
