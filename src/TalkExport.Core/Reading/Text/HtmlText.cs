using System.Buffers;
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
    /// <param name="html">The fragment.</param>
    /// <param name="newlineIsParagraph">Whether a single line break in the text separates paragraphs.</param>
    /// <param name="withText">False when only the links are wanted: the text is then empty, and costs nothing.</param>
    public static PlainText Convert(string? html, bool newlineIsParagraph = false, bool withText = true) =>
        Convert(html?.AsMemory(), newlineIsParagraph, withText);

    /// <summary>As <see cref="Convert(string?, bool, bool)"/> for text that need not be a string (a front-matter value still in its record's source).</summary>
    internal static PlainText Convert(ReadOnlyMemory<char>? source, bool newlineIsParagraph = false, bool withText = true)
    {
        if (source is not { Length: > 0 } memory)
        {
            return PlainText.Empty;
        }

        var html = memory.Span;

        var writer = new PlainTextWriter(newlineIsParagraph);
        var links = new List<string>();
        var embedded = new List<string>();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf('<');
            lt = lt < 0 ? -1 : i + lt;
            if (lt < 0)
            {
                if (withText)
                {
                    AppendDecoded(writer, html[i..]);
                }

                break;
            }

            if (lt > i && withText)
            {
                AppendDecoded(writer, html[i..lt]);
            }

            if (HtmlTag.TryRead(memory, lt) is not { } tag)
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

            if (tag.Name is not ("p" or "a" or "em" or "br") && DroppedElements.Contains(tag.Name))
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

        var text = writer.Finish(); // also hands the writer's buffer back
        return new PlainText(withText ? text : "", links, embedded);
    }

    private static void ApplyBoundary(PlainTextWriter writer, string name)
    {
        // The tags abstracts are made of, without a set lookup each (HtmlTag shares these strings).
        switch (name)
        {
            case "p":
                writer.Break(2);
                return;
            case "br" or "li":
                writer.Break(1);
                return;
            case "a" or "em" or "strong" or "b" or "i":
                return;
        }

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
    private static int SkipPast(ReadOnlySpan<char> html, int from, string name)
    {
        var i = from;
        while (true)
        {
            var close = html[i..].IndexOf("</", StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }

            close += i;
            if (html[(close + 2)..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                var gt = html[close..].IndexOf('>');
                return gt < 0 ? html.Length : close + gt + 1;
            }

            i = close + 2;
        }
    }

    // WebUtility leaves unknown entities ("&ltq;") as they are, which is what we want.
    private static void AppendDecoded(PlainTextWriter writer, ReadOnlySpan<char> text)
    {
        var amp = text.IndexOf('&');
        if (amp < 0)
        {
            writer.AppendText(text);
            return;
        }

        // Decoded text is never longer than the source, so one pooled buffer holds it.
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        writer.AppendText(buffer.AsSpan(0, DecodeEntities(text, amp, buffer)));
        ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>
    /// Writes <paramref name="text"/> with its character references decoded into <paramref name="buffer"/>
    /// (at least as long as the text) and returns the length: exactly <c>WebUtility.HtmlDecode</c>'s
    /// result, without copying the text. Only each "&amp;…;" goes through WebUtility; on its own it
    /// decodes as inside the whole text, because WebUtility pairs an '&amp;' with the first ';' after
    /// it and nothing before that ';' changes the outcome.
    /// </summary>
    internal static int DecodeEntities(ReadOnlySpan<char> text, int firstAmpersand, char[] buffer)
    {
        var length = 0;
        var i = 0;
        var amp = firstAmpersand;
        while (amp >= 0 && text[(amp + 1)..].IndexOf(';') is var semicolon and >= 0)
        {
            var end = amp + 1 + semicolon + 1;
            Copy(text[i..amp], buffer, ref length);
            Copy(WebUtility.HtmlDecode(text[amp..end].ToString()), buffer, ref length);
            i = end;
            amp = text[i..].IndexOf('&') is var next and >= 0 ? i + next : -1;
        }

        Copy(text[i..], buffer, ref length);
        return length;
    }

    private static void Copy(ReadOnlySpan<char> source, char[] buffer, ref int length)
    {
        source.CopyTo(buffer.AsSpan(length));
        length += source.Length;
    }
}
