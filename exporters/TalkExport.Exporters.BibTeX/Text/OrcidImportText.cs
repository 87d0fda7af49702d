using System.Text;

namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>
/// Field values for the <c>orcid</c> dialect. ORCID's import runs <c>title</c> and <c>booktitle</c>
/// through its own LaTeX decoder (braces dropped, a table of <c>\command</c>s to characters) and
/// shows <c>author</c> as it stands, so text stays UTF-8 and only what would break a parser is
/// written as TeX, in forms that decoder turns back into the character.
/// </summary>
internal static class OrcidImportText
{
    /// <summary>
    /// A <c>title</c>/<c>booktitle</c> value: inline HTML read as text (no emphasis: ORCID shows plain text),
    /// white space collapsed, control characters dropped, TeX specials escaped. Braces: a pair as
    /// <c>\{ \}</c> (bibtex counts those, so only a pair keeps the entry balanced); a lone one as
    /// <c>\lbrace{}</c>/<c>\rbrace{}</c>, which ORCID decodes and bibtex does not count.
    /// </summary>
    public static string Text(string? text, bool html, out bool droppedControls)
    {
        droppedControls = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var plain = html && text.AsSpan().IndexOfAny('<', '&') >= 0 ? string.Concat(HtmlText.Parse(text).Select(r => r.Text)) : text;
        var clean = Clean(plain, out droppedControls);
        var paired = PairedBraces(clean);
        var output = new StringBuilder(clean.Length + 16);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            switch (c)
            {
                case '\\':
                    output.Append(@"\textbackslash{}");
                    break;
                case '{':
                    output.Append(paired[i] ? @"\{" : @"\lbrace{}");
                    break;
                case '}':
                    output.Append(paired[i] ? @"\}" : @"\rbrace{}");
                    break;
                case '&' or '%' or '$' or '#' or '_':
                    output.Append('\\').Append(c);
                    break;
                case '~':
                    // Not \~: ORCID's decoder reads that as a combining tilde.
                    output.Append(@"\textasciitilde{}");
                    break;
                case '^':
                    output.Append(@"\^{}");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// One name as ORCID shows it (given first; the <c>author</c> field is not decoded): white space
    /// collapsed, control characters, braces and backslashes dropped (no name needs them, and they
    /// would show as typed or unbalance the entry).
    /// </summary>
    public static string Name(string name, out bool droppedControls)
    {
        var clean = Clean(name, out droppedControls);
        return clean.AsSpan().IndexOfAny('{', '}', '\\') < 0 ? clean
            : Clean(clean.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal), out _);
    }

    // Control characters dropped, every run of white space one space, trimmed.
    private static string Clean(string text, out bool droppedControls)
    {
        droppedControls = false;
        var output = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = output.Length > 0;
                continue;
            }

            if (char.IsControl(c))
            {
                droppedControls = true;
                continue;
            }

            if (space)
            {
                output.Append(' ');
                space = false;
            }

            output.Append(c);
        }

        return output.ToString();
    }

    // Which braces have a partner (innermost pairs first, as a stack matches them).
    private static bool[] PairedBraces(string text)
    {
        var paired = new bool[text.Length];
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                open.Push(i);
            }
            else if (text[i] == '}' && open.Count > 0)
            {
                paired[open.Pop()] = true;
                paired[i] = true;
            }
        }

        return paired;
    }
}
