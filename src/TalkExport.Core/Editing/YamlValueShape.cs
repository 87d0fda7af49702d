namespace TalkExport.Core.Editing;

/// <summary>How a top-level key's value starts on its key line, read from the line layout alone.</summary>
internal enum YamlValueKind
{
    /// <summary>Nothing, <c>~</c>, <c>null</c>, <c>""</c> or <c>''</c> (possibly with a comment).</summary>
    Empty,

    /// <summary>A block scalar header (<c>|</c>, <c>&gt;-</c>, <c>|2+</c>…), content on the following lines.</summary>
    BlockHeader,

    /// <summary>A quoted scalar that does not close on the key line.</summary>
    OpenQuote,

    /// <summary>Anything else: a plain or closed quoted scalar, a flow collection, a tag or an anchor.</summary>
    Other,
}

/// <summary>The shape of the text after a key's colon.</summary>
/// <param name="Kind">What the value looks like.</param>
/// <param name="Comment">A trailing <c># comment</c> worth keeping (for empty values and block headers), or null.</param>
/// <param name="Quote">The opening quote of an <see cref="YamlValueKind.OpenQuote"/> value.</param>
internal readonly record struct YamlValueShape(YamlValueKind Kind, string? Comment, char Quote = '\0')
{
    private static readonly string[] NullTokens = ["~", "null", "Null", "NULL", "\"\"", "''"];

    /// <summary>Finds a top-level key line: <paramref name="key"/> (bare or quoted) at column 0, optional blanks, a colon followed by a blank or the end; returns the offset just after the colon.</summary>
    public static bool TryMatchKey(string line, string key, out int colonEnd)
    {
        colonEnd = 0;
        foreach (var written in new[] { key, "\"" + key + "\"", "'" + key + "'" })
        {
            if (!line.StartsWith(written, StringComparison.Ordinal))
            {
                continue;
            }

            var i = written.Length;
            while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
            {
                i++;
            }

            if (i < line.Length && line[i] == ':' && (i + 1 == line.Length || line[i + 1] == ' ' || line[i + 1] == '\t'))
            {
                colonEnd = i + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>Classifies <paramref name="rest"/>, the key line after its colon.</summary>
    public static YamlValueShape Classify(string rest)
    {
        var t = rest.TrimStart(' ', '\t');
        if (t.Length == 0)
        {
            return new(YamlValueKind.Empty, null);
        }

        if (t[0] == '#')
        {
            return new(YamlValueKind.Empty, t.TrimEnd(' ', '\t'));
        }

        foreach (var token in NullTokens)
        {
            if (t.StartsWith(token, StringComparison.Ordinal) && TrailingComment(t[token.Length..], out var c))
            {
                return new(YamlValueKind.Empty, c);
            }
        }

        if (t[0] is '|' or '>')
        {
            var i = 1;
            while (i < t.Length && i <= 2 && (t[i] is '+' or '-' || (t[i] >= '1' && t[i] <= '9')))
            {
                i++;
            }

            return TrailingComment(t[i..], out var c) ? new(YamlValueKind.BlockHeader, c) : new(YamlValueKind.Other, null);
        }

        if (t[0] is '"' or '\'')
        {
            var state = new QuoteScanner(t[0]);
            return state.Feed(t, 1) >= 0 ? new(YamlValueKind.Other, null) : new(YamlValueKind.OpenQuote, null, t[0]);
        }

        return new(YamlValueKind.Other, null);
    }

    // After a value token only blanks and a comment may follow on the line; a comment needs a blank before '#'.
    private static bool TrailingComment(string after, out string? comment)
    {
        comment = null;
        if (after.Length == 0)
        {
            return true;
        }

        if (after[0] is not (' ' or '\t'))
        {
            return false;
        }

        var t = after.Trim(' ', '\t');
        if (t.Length == 0)
        {
            return true;
        }

        if (t[0] != '#')
        {
            return false;
        }

        comment = t;
        return true;
    }
}
