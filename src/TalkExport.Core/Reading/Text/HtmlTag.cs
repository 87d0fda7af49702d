using System.Net;

namespace TalkExport.Core.Reading.Text;

/// <summary>One tag read by <see cref="HtmlText"/>'s tokenizer: its name, attributes and where it ends (a struct: abstracts have dozens of tags each).</summary>
internal readonly struct HtmlTag
{
    // A real tag is short; the cap keeps a stray '<' in a 5 MB body from costing a scan to the end.
    private const int MaxTagLength = 16 * 1024;

    private readonly ReadOnlyMemory<char> _html;
    private readonly int _attributesStart;
    private readonly int _attributesEnd;

    private HtmlTag(string name, bool isClosing, bool selfClosing, int end, ReadOnlyMemory<char> html, int attributesStart, int attributesEnd)
    {
        Name = name;
        IsClosing = isClosing;
        SelfClosing = selfClosing;
        End = end;
        _html = html;
        _attributesStart = attributesStart;
        _attributesEnd = attributesEnd;
    }

    /// <summary>The element name ("" for comments and declarations).</summary>
    public string Name { get; }

    /// <summary>True for <c>&lt;/name&gt;</c>.</summary>
    public bool IsClosing { get; }

    /// <summary>True for <c>&lt;name/&gt;</c>.</summary>
    public bool SelfClosing { get; }

    /// <summary>The index just after the tag.</summary>
    public int End { get; }

    /// <summary>Reads a tag, comment or declaration at <paramref name="lt"/>, or null when the '&lt;' starts none.</summary>
    public static HtmlTag? TryRead(ReadOnlyMemory<char> source, int lt)
    {
        var html = source.Span;
        var i = lt + 1;
        if (i >= html.Length)
        {
            return null;
        }

        if (html[lt..].StartsWith("<!--", StringComparison.Ordinal))
        {
            var endComment = html[(lt + 4)..].IndexOf("-->", StringComparison.Ordinal);
            return new HtmlTag("", false, true, endComment < 0 ? html.Length : lt + 4 + endComment + 3, source, 0, 0);
        }

        if (html[i] is '!' or '?')
        {
            var gtDecl = html[i..].IndexOf('>');
            return gtDecl < 0 ? null : new HtmlTag("", false, true, i + gtDecl + 1, source, 0, 0);
        }

        var closing = html[i] == '/';
        if (closing)
        {
            i++;
        }

        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-'))
        {
            i++;
        }

        if (i == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            return null;
        }

        var gt = FindTagEnd(html, i);
        if (gt < 0)
        {
            return null;
        }

        var selfClosing = html[gt - 1] == '/';
        return new HtmlTag(NameOf(html.Slice(nameStart, i - nameStart)), closing, selfClosing, gt + 1, source, i, gt);
    }

    // The common element names as shared strings: one allocation less per tag of every abstract.
    private static string NameOf(ReadOnlySpan<char> name) => name switch
    {
        "p" => "p",
        "a" => "a",
        "br" => "br",
        "em" => "em",
        "li" => "li",
        "ul" => "ul",
        "strong" => "strong",
        "b" => "b",
        "i" => "i",
        _ => name.ToString(),
    };

    /// <summary>The decoded value of attribute <paramref name="name"/>, or null.</summary>
    public string? Attribute(string name)
    {
        var html = _html.Span;
        var i = _attributesStart;
        while (i < _attributesEnd)
        {
            while (i < _attributesEnd && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            var nameStart = i;
            while (i < _attributesEnd && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var attributeName = html.Slice(nameStart, i - nameStart);
            while (i < _attributesEnd && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            (int Start, int End)? value = null;
            if (i < _attributesEnd && html[i] == '=')
            {
                i++;
                while (i < _attributesEnd && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                int valueStart, valueEnd;
                if (i < _attributesEnd && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    valueStart = i + 1;
                    var q = html.Slice(valueStart, _attributesEnd - valueStart).IndexOf(quote);
                    q = q < 0 ? -1 : valueStart + q;
                    valueEnd = q < 0 ? _attributesEnd : q;
                    i = valueEnd + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < _attributesEnd && !char.IsWhiteSpace(html[i]))
                    {
                        i++;
                    }

                    valueEnd = i;
                }

                value = (valueStart, valueEnd);
            }

            if (attributeName.Length == 0)
            {
                i++;
                continue;
            }

            // Only the asked-for attribute's value becomes a string.
            if (attributeName.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value is { } v ? WebUtility.HtmlDecode(html[v.Start..v.End].ToString()).Trim() : "";
            }
        }

        return null;
    }

    // The closing '>' of a tag, skipping quoted attribute values; -1 when the tag never ends.
    private static int FindTagEnd(ReadOnlySpan<char> html, int from)
    {
        char quote = '\0';
        var limit = Math.Min(html.Length, from + MaxTagLength);
        for (var i = from; i < limit; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
            else if (c == '<')
            {
                return -1;
            }
        }

        return -1;
    }
}
