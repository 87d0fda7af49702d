using System.Net;

namespace TalkExport.Core.Reading.Text;

/// <summary>
/// HTML fragments (as people paste them into front matter) to plain text. A small tokenizer rather
/// than a DOM parser: the fragments are short, often broken (<c>&amp;ltq;</c>, stray <c>&lt;</c>),
/// and we only need text, paragraph boundaries and links; it allocates little and never throws.
/// </summary>
public static class HtmlText
{
    // Elements whose content is not text for a reader: dropped with everything inside.
    private static readonly HashSet<string> DroppedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "noscript", "template", "object", "video", "audio", "svg", "head", "title",
    };

    // Elements that start or end a paragraph.
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "hr", "figure", "figcaption", "form",
        "details", "summary", "address", "center",
    };

    // Elements that end a line but not a paragraph.
    private static readonly HashSet<string> LineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "li", "tr", "dt", "dd",
    };

    /// <summary>
    /// Converts <paramref name="html"/>. With <paramref name="newlineIsParagraph"/>, a line break in
    /// the text itself separates paragraphs (YAML flow scalars fold lines, so a "\n" left in their
    /// value came from a blank line the author typed); otherwise only a blank line does.
    /// </summary>
    public static PlainText Convert(string? html, bool newlineIsParagraph = false)
    {
        if (string.IsNullOrEmpty(html))
        {
            return PlainText.Empty;
        }

        var writer = new PlainTextWriter(html.Length, newlineIsParagraph);
        var links = new List<string>();
        var embedded = new List<string>();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                AppendDecoded(writer, html.AsSpan(i));
                break;
            }

            if (lt > i)
            {
                AppendDecoded(writer, html.AsSpan(i, lt - i));
            }

            var tag = HtmlTag.TryRead(html, lt);
            if (tag is null)
            {
                // A '<' that starts no tag ("a < b", "<3") is text.
                writer.AppendText("<");
                i = lt + 1;
                continue;
            }

            i = tag.End;
            if (tag.IsClosing)
            {
                ApplyBoundary(writer, tag.Name);
                continue;
            }

            if (DroppedElements.Contains(tag.Name))
            {
                if (string.Equals(tag.Name, "iframe", StringComparison.OrdinalIgnoreCase) && tag.Attribute("src") is { Length: > 0 } src)
                {
                    embedded.Add(src);
                }

                i = tag.SelfClosing ? i : SkipPast(html, i, tag.Name);
                continue;
            }

            if (string.Equals(tag.Name, "a", StringComparison.OrdinalIgnoreCase) && tag.Attribute("href") is { Length: > 0 } href)
            {
                links.Add(href);
            }

            ApplyBoundary(writer, tag.Name);
        }

        return new PlainText(writer.ToString(), links, embedded);
    }

    private static void ApplyBoundary(PlainTextWriter writer, string name)
    {
        if (BlockElements.Contains(name))
        {
            writer.Break(2);
        }
        else if (LineElements.Contains(name))
        {
            writer.Break(1);
        }
    }

    // Skips to just after </name>, or to the end when it is never closed.
    private static int SkipPast(string html, int from, string name)
    {
        var i = from;
        while (true)
        {
            var close = html.IndexOf("</", i, StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }

            if (string.Compare(html, close + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var gt = html.IndexOf('>', close);
                return gt < 0 ? html.Length : gt + 1;
            }

            i = close + 2;
        }
    }

    // WebUtility leaves unknown entities ("&ltq;") as they are, which is what we want.
    private static void AppendDecoded(PlainTextWriter writer, ReadOnlySpan<char> text) =>
        writer.AppendText(text.Contains('&') ? WebUtility.HtmlDecode(text.ToString()) : text);
}
