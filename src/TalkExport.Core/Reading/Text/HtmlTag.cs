using System.Net;

namespace TalkExport.Core.Reading.Text;

/// <summary>One tag read by <see cref="HtmlText"/>'s tokenizer: its name, attributes and where it ends (a struct: abstracts have dozens of tags each).</summary>
internal readonly struct HtmlTag
{
    // A real tag is short; the cap keeps a stray '<' in a 5 MB body from costing a scan to the end.
    private const int MaxTagLength = 16 * 1024;

    private readonly string _html;
    private readonly int _attributesStart;
    private readonly int _attributesEnd;

    private HtmlTag(string name, bool isClosing, bool selfClosing, int end, string html, int attributesStart, int attributesEnd)
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
    public static HtmlTag? TryRead(string html, int lt)
    {
        var i = lt + 1;
        if (i >= html.Length)
        {
            return null;
        }

        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return new HtmlTag("", false, true, endComment < 0 ? html.Length : endComment + 3, html, 0, 0);
        }

        if (html[i] is '!' or '?')
        {
            var gtDecl = html.IndexOf('>', i);
            return gtDecl < 0 ? null : new HtmlTag("", false, true, gtDecl + 1, html, 0, 0);
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
        return new HtmlTag(NameOf(html.AsSpan(nameStart, i - nameStart)), closing, selfClosing, gt + 1, html, i, gt);
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
        var i = _attributesStart;
        while (i < _attributesEnd)
        {
            while (i < _attributesEnd && (char.IsWhiteSpace(_html[i]) || _html[i] == '/'))
            {
                i++;
            }

            var nameStart = i;
            while (i < _attributesEnd && !char.IsWhiteSpace(_html[i]) && _html[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var attributeName = _html.AsSpan(nameStart, i - nameStart);
            while (i < _attributesEnd && char.IsWhiteSpace(_html[i]))
            {
                i++;
            }

            (int Start, int End)? value = null;
            if (i < _attributesEnd && _html[i] == '=')
            {
                i++;
                while (i < _attributesEnd && char.IsWhiteSpace(_html[i]))
                {
                    i++;
                }

                int valueStart, valueEnd;
                if (i < _attributesEnd && _html[i] is '"' or '\'')
                {
                    var quote = _html[i];
                    valueStart = i + 1;
                    var q = _html.IndexOf(quote, valueStart, _attributesEnd - valueStart);
                    valueEnd = q < 0 ? _attributesEnd : q;
                    i = valueEnd + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < _attributesEnd && !char.IsWhiteSpace(_html[i]))
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
                return value is { } v ? WebUtility.HtmlDecode(_html[v.Start..v.End]).Trim() : "";
            }
        }

        return null;
    }

    // The closing '>' of a tag, skipping quoted attribute values; -1 when the tag never ends.
    private static int FindTagEnd(string html, int from)
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
