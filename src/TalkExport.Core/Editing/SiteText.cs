using System.Buffers;
using System.Text;

namespace TalkExport.Core.Editing;

/// <summary>
/// Plain text made safe for where a theme prints it, so a new record shows exactly the text it was
/// given: Jekyll templates print front-matter values as raw HTML (<c>{{ page.venue }}</c>), and
/// both generators run some values and the body through Markdown (kramdown for Jekyll, Goldmark
/// for Hugo); Jekyll also runs Liquid over the body before Markdown.
/// </summary>
internal static class SiteText
{
    // Inline markup both Markdown engines read, each escapable with a backslash in both.
    private const string InlineSpecial = "\\`*_[]<>$|";

    // What a Jekyll value must not hold as it is: HTML (templates print values raw), Markdown inline
    // markup (academicpages runs the title through markdownify, the list prints it raw, so a
    // backslash escape would show in one of them), and Liquid's braces.
    private static readonly SearchValues<char> JekyllSpecial = SearchValues.Create("&<>{}*_[]`$\\|~");

    /// <summary>
    /// A value a Jekyll template prints as HTML, or through markdownify: each character that would be
    /// markup there as a numeric character reference (<c>&amp;#42;</c>), which both show as the character.
    /// </summary>
    public static string Html(string text)
    {
        if (text.AsSpan().IndexOfAny(JekyllSpecial) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (JekyllSpecial.Contains(c))
            {
                sb.Append("&#").Append((int)c).Append(';');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Paragraphs (separated by "\n\n") as Markdown that renders as the text: inline markup escaped,
    /// a line break inside a paragraph a hard break,
    /// <c>&amp;</c> as an entity, a line that would start a heading, a list, a quote or a table
    /// escaped at its start; for Jekyll (<paramref name="liquid"/>) the braces as entities too, so
    /// Liquid finds no <c>{{</c> or <c>{%</c> to run; for Hugo a <c>~</c> (Goldmark's strike-out).
    /// </summary>
    public static string Markdown(string text, bool liquid)
    {
        var sb = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                // A line break inside a paragraph is a hard break (two spaces before it), which both
                // engines keep; a lone line feed would be a soft break, shown as a space.
                var inParagraph = i + 1 < text.Length && text[i + 1] != '\n' && i > 0 && text[i - 1] != '\n';
                sb.Append(inParagraph ? "  \n" : "\n");
                lineStart = true;
                continue;
            }

            if (lineStart && c is ' ' or '\t')
            {
                // Leading spaces would make an indented code block: the text's own indentation is not content.
                continue;
            }

            if (lineStart && StartsBlock(text, i))
            {
                sb.Append('\\').Append(c);
            }
            else if (InlineSpecial.Contains(c, StringComparison.Ordinal) || (!liquid && c == '~'))
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '&')
            {
                sb.Append("&amp;");
            }
            else if (liquid && c is '{' or '}')
            {
                sb.Append(c == '{' ? "&#123;" : "&#125;");
            }
            else if (c == '\t')
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }

            lineStart = false;
        }

        return EscapeOrderedListMarkers(sb.ToString());
    }

    // The first character of a line that would start a block: a heading, list item, quote, table,
    // setext underline, kramdown definition, or a numbered item is escaped by EscapeOrderedListMarkers.
    private static bool StartsBlock(string text, int i) => text[i] is '#' or '+' or '-' or '=' or '>' or '|' or ':' or '*';

    // A line that starts with digits then "." or ")" would be an ordered list item: its punctuation is escaped.
    private static string EscapeOrderedListMarkers(string markdown)
    {
        var lines = markdown.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l];
            var d = 0;
            while (d < line.Length && char.IsAsciiDigit(line[d]))
            {
                d++;
            }

            if (d > 0 && d < line.Length && line[d] is '.' or ')')
            {
                lines[l] = string.Concat(line.AsSpan(0, d), "\\", line.AsSpan(d));
            }
        }

        return string.Join('\n', lines);
    }
}
