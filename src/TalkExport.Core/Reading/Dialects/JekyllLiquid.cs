using System.Text;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// The Liquid that Jekyll resolves in a record's text, resolved the same way: <c>{% link path %}</c>,
/// <c>{% post_url name %}</c>, <c>{{ site.url }}</c>, <c>{{ site.baseurl }}</c>, academicpages'
/// <c>{{ base_path }}</c>, the <c>relative_url</c>/<c>absolute_url</c> filters, <c>{% raw %}</c> and
/// <c>{% comment %}</c>. Any other tag or output is dropped (and counted), so Liquid never reaches an
/// output as written. Only text that contains "{{" or "{%" costs anything.
/// </summary>
internal static class JekyllLiquid
{
    /// <summary>True when <paramref name="text"/> contains a Liquid tag or output opening.</summary>
    public static bool HasLiquid(ReadOnlySpan<char> text)
    {
        var brace = text.IndexOf('{');
        while (brace >= 0 && brace + 1 < text.Length)
        {
            if (text[brace + 1] is '{' or '%')
            {
                return true;
            }

            var next = text[(brace + 1)..].IndexOf('{');
            brace = next < 0 ? -1 : brace + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// <paramref name="text"/> with its Liquid resolved; <paramref name="dropped"/> is the first tag or
    /// output that could not be resolved and was left out (null when none was).
    /// </summary>
    public static string Resolve(string text, JekyllSiteUrls urls, out string? dropped)
    {
        dropped = null;
        if (!HasLiquid(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var open = NextOpening(text, i);
            if (open < 0)
            {
                sb.Append(text, i, text.Length - i);
                break;
            }

            var isTag = text[open + 1] == '%';
            var close = text.IndexOf(isTag ? "%}" : "}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                // Liquid refuses an unterminated "{{" or "{%"; as text it is no tag, and stays.
                sb.Append(text, i, text.Length - i);
                break;
            }

            sb.Append(text, i, open - i);
            var inner = text.AsSpan(open + 2, close - open - 2);
            var end = close + 2;

            // Whitespace control: "{%-" / "{{-" trims the text before, "-%}" / "-}}" the text after.
            if (inner.StartsWith("-"))
            {
                TrimEnd(sb);
                inner = inner[1..];
            }

            var trimAfter = inner.EndsWith("-");
            if (trimAfter)
            {
                inner = inner[..^1];
            }

            inner = inner.Trim();
            if (isTag)
            {
                end = ApplyTag(text, open, inner, end, urls, sb, ref dropped);
            }
            else if (Output(inner, urls) is { } value)
            {
                sb.Append(value);
            }
            else
            {
                dropped ??= text[open..end];
            }

            if (trimAfter)
            {
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }
            }

            i = end;
        }

        return sb.ToString();
    }

    // Appends what a tag renders; returns where the text goes on (after a raw or comment block's end tag).
    private static int ApplyTag(string text, int open, ReadOnlySpan<char> inner, int end, JekyllSiteUrls urls, StringBuilder sb, ref string? dropped)
    {
        var name = FirstWord(inner, out var argument);
        switch (name)
        {
            case "link":
                if (urls.Link(Unquote(argument)) is { } link)
                {
                    AppendSitePath(sb, link, urls);
                    return end;
                }

                break;
            case "post_url":
                if (urls.PostUrl(Unquote(argument)) is { } post)
                {
                    AppendSitePath(sb, post, urls);
                    return end;
                }

                break;
            case "include" when Unquote(argument) is "base_path":
                // academicpages' _includes/base_path only assigns base_path: it prints nothing.
                return end;
            case "raw":
                return BlockEnd(text, end, "endraw", sb, keepInside: true);
            case "comment":
                return BlockEnd(text, end, "endcomment", sb, keepInside: false);
        }

        dropped ??= text[open..end];
        return end;
    }

    // Jekyll 4 puts the baseurl in front of a link tag's URL, Jekyll 3 (GitHub Pages) does not, so
    // sites write "{{ site.baseurl }}{% link … %}" for Jekyll 3: the baseurl is then written once.
    private static void AppendSitePath(StringBuilder sb, string path, JekyllSiteUrls urls)
    {
        var basePath = urls.BasePath;
        var written = basePath.Length > 0 && sb.Length >= basePath.Length && sb.ToString(sb.Length - basePath.Length, basePath.Length) == basePath;
        sb.Append(written ? path : urls.RelativeUrl(path));
    }

    // Jekyll's outputs that name the site's address; null for any other expression.
    private static string? Output(ReadOnlySpan<char> expression, JekyllSiteUrls urls)
    {
        var bar = expression.IndexOf('|');
        var primary = (bar < 0 ? expression : expression[..bar]).Trim();
        var filter = bar < 0 ? default : expression[(bar + 1)..].Trim();
        string? value = primary switch
        {
            "site.url" => urls.Origin,
            "site.baseurl" => urls.BasePath,
            "base_path" => urls.Origin + urls.BasePath,
            _ when primary.Length >= 2 && primary[0] is '"' or '\'' && primary[^1] == primary[0] => primary[1..^1].ToString(),
            _ => null,
        };
        return value is null ? null : filter switch
        {
            "" => value,
            "relative_url" => urls.RelativeUrl(value),
            "absolute_url" => urls.Origin + urls.RelativeUrl(value),
            _ => null,
        };
    }

    // Past "{% endname %}" (with or without whitespace control), keeping what is inside as written
    // (raw) or not (comment); an unclosed block runs to the end, as Liquid would refuse it.
    private static int BlockEnd(string text, int from, string endName, StringBuilder sb, bool keepInside)
    {
        var at = from;
        while (true)
        {
            var open = text.IndexOf("{%", at, StringComparison.Ordinal);
            var close = open < 0 ? -1 : text.IndexOf("%}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                if (keepInside)
                {
                    sb.Append(text, from, text.Length - from);
                }

                return text.Length;
            }

            if (text.AsSpan(open + 2, close - open - 2).Trim().Trim('-').Trim().SequenceEqual(endName))
            {
                if (keepInside)
                {
                    sb.Append(text, from, open - from);
                }

                return close + 2;
            }

            at = close + 2;
        }
    }

    private static int NextOpening(string text, int from)
    {
        var at = from;
        while (true)
        {
            var brace = text.IndexOf('{', at);
            if (brace < 0 || brace + 1 >= text.Length)
            {
                return -1;
            }

            if (text[brace + 1] is '{' or '%')
            {
                return brace;
            }

            at = brace + 1;
        }
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> inner, out ReadOnlySpan<char> rest)
    {
        var space = inner.IndexOfAny(' ', '\t', '\n');
        rest = space < 0 ? default : inner[(space + 1)..].Trim();
        return space < 0 ? inner : inner[..space];
    }

    private static string Unquote(ReadOnlySpan<char> argument)
    {
        var a = argument.Trim();
        return a.Length >= 2 && a[0] is '"' or '\'' && a[^1] == a[0] ? a[1..^1].ToString() : a.ToString();
    }

    private static void TrimEnd(StringBuilder sb)
    {
        var n = sb.Length;
        while (n > 0 && char.IsWhiteSpace(sb[n - 1]))
        {
            n--;
        }

        sb.Length = n;
    }
}
