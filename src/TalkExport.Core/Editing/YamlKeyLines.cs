namespace TalkExport.Core.Editing;

/// <summary>
/// Finds the lines where a top-level key is written, skipping lines that lie inside a quoted value
/// spanning several lines: libyaml lets such a value's lines start at column 0, so an abstract
/// holding "bibtex: …" on a line of its own is text, not the key.
/// </summary>
internal static class YamlKeyLines
{
    /// <summary>The indices (in <paramref name="lines"/>, between the fences) of the lines that write <paramref name="key"/> at the top level.</summary>
    public static List<int> Find(string text, List<TextLine> lines, int close, string key)
    {
        var found = new List<int>();
        QuoteScanner? open = null;
        for (var i = 1; i < close; i++)
        {
            var line = lines[i].Content(text);
            if (open is not null)
            {
                var end = open.Feed(line, 0);
                if (end < 0)
                {
                    continue;
                }

                // The value closed on this line; another may open after it (`"a\nb", "c` in a flow list is rare enough to ignore).
                open = null;
                continue;
            }

            if (YamlValueShape.TryMatchKey(line, key, out _))
            {
                found.Add(i);
            }

            open = OpensMultiLineQuote(line);
        }

        return found;
    }

    // A `key: "…` or `- "…` line (at any indentation) whose quoted value does not close on it.
    private static QuoteScanner? OpensMultiLineQuote(string line)
    {
        var rest = line.AsSpan().TrimStart(' ');
        if (rest.IsEmpty || rest[0] == '#')
        {
            return null;
        }

        while (rest.StartsWith("- ") || rest is "-")
        {
            rest = rest[1..].TrimStart(' ');
        }

        var valueStart = ValueStart(rest);
        if (valueStart < 0)
        {
            return null;
        }

        var value = rest[valueStart..].ToString();
        var shape = YamlValueShape.Classify(value);
        if (shape.Kind != YamlValueKind.OpenQuote)
        {
            return null;
        }

        var scanner = new QuoteScanner(shape.Quote);
        return scanner.Feed(value, value.IndexOf(shape.Quote, StringComparison.Ordinal) + 1) < 0 ? scanner : null;
    }

    // Where the value starts: after a mapping key's colon, or at once for a bare sequence item.
    private static int ValueStart(ReadOnlySpan<char> entry)
    {
        if (entry.IsEmpty)
        {
            return -1;
        }

        if (entry[0] is '"' or '\'')
        {
            // A quoted key (`"a: b": value`) or a quoted sequence item.
            var close = entry[1..].IndexOf(entry[0]);
            var after = close < 0 ? -1 : close + 2;
            if (after < 0)
            {
                return 0;
            }

            var colon = entry[after..].TrimStart(' ');
            return colon.StartsWith(":") ? entry.Length - colon.Length + 1 : 0;
        }

        for (var i = 0; i < entry.Length; i++)
        {
            if (entry[i] == ':' && (i + 1 == entry.Length || entry[i + 1] is ' ' or '\t'))
            {
                return i + 1;
            }
        }

        return -1;
    }
}
