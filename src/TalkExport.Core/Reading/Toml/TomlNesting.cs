namespace TalkExport.Core.Reading.Toml;

/// <summary>
/// Measures how deep TOML arrays and inline tables nest before Tomlyn sees the text: its parser
/// recurses, and a stack overflow cannot be caught in .NET, so hostile nesting must be refused first.
/// </summary>
internal static class TomlNesting
{
    /// <summary>The deepest bracket nesting outside strings and comments.</summary>
    public static int MaxDepth(string toml)
    {
        var depth = 0;
        var max = 0;
        var i = 0;
        while (i < toml.Length)
        {
            var c = toml[i];
            switch (c)
            {
                case '#':
                    i = toml.IndexOf('\n', i) is var end and >= 0 ? end : toml.Length;
                    continue;
                case '"' or '\'':
                    i = SkipString(toml, i);
                    continue;
                case '[' or '{':
                    max = Math.Max(max, ++depth);
                    break;
                case ']' or '}':
                    depth = Math.Max(depth - 1, 0);
                    break;
            }

            i++;
        }

        return max;
    }

    private static int SkipString(string toml, int start)
    {
        var quote = toml[start];
        var triple = start + 2 < toml.Length && toml[start + 1] == quote && toml[start + 2] == quote;
        var i = start + (triple ? 3 : 1);
        while (i < toml.Length)
        {
            var c = toml[i];
            if (c == '\\' && quote == '"')
            {
                i += 2;
                continue;
            }

            if (!triple && c == '\n')
            {
                return i;
            }

            if (c == quote && (!triple || (i + 2 < toml.Length && toml[i + 1] == quote && toml[i + 2] == quote)))
            {
                return i + (triple ? 3 : 1);
            }

            i++;
        }

        return i;
    }
}
