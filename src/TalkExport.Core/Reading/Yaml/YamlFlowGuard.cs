using System.Text;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// Removes top-level entries whose flow collections (<c>[…]</c>, <c>{…}</c>) nest deeper than the
/// limit, before YamlDotNet sees them: its scanner costs time quadratic in flow depth (20,000
/// brackets take seconds, a megabyte of them hours). The entry's lines are emptied, not removed,
/// so every other line keeps its number. Quotes, comments and block scalars are followed so that
/// brackets inside text are not counted.
/// </summary>
internal static class YamlFlowGuard
{
    /// <summary>A dropped entry: its key and 1-based line (counted at LF).</summary>
    public readonly record struct DroppedEntry(string Key, int Line);

    /// <summary>
    /// <paramref name="yaml"/> without too-deep entries (the same instance when there are none).
    /// False when the deep flow is not under a top-level key (the front matter itself is one).
    /// </summary>
    public static bool TryRemoveDeepEntries(string yaml, int maxDepth, List<DroppedEntry> dropped, out string result)
    {
        result = yaml;
        if (yaml.AsSpan().Count('[') + yaml.AsSpan().Count('{') <= maxDepth)
        {
            return true; // the common case: cannot be too deep
        }

        var regions = new List<(int Start, int End)>();
        var scan = new Scanner(yaml);
        var depth = 0;
        var entryStart = -1;
        var entryKey = "";
        var entryLine = 0;
        var deepFrom = -1;
        while (scan.Next() is var token && token.Kind != TokenKind.End)
        {
            switch (token.Kind)
            {
                case TokenKind.TopLevelKey when depth == 0:
                    if (deepFrom >= 0)
                    {
                        regions.Add((deepFrom, token.Index));
                        deepFrom = -1;
                    }

                    (entryStart, entryKey, entryLine) = (token.Index, token.Key, token.Line);
                    break;
                case TokenKind.Open:
                    if (++depth > maxDepth && deepFrom < 0)
                    {
                        if (entryStart < 0)
                        {
                            return false;
                        }

                        deepFrom = entryStart;
                        dropped.Add(new DroppedEntry(entryKey, entryLine));
                    }

                    break;
                case TokenKind.Close:
                    depth = Math.Max(depth - 1, 0);
                    break;
            }
        }

        if (deepFrom >= 0)
        {
            regions.Add((deepFrom, yaml.Length));
        }

        if (regions.Count == 0)
        {
            return true;
        }

        var builder = new StringBuilder(yaml.Length);
        var at = 0;
        foreach (var (start, end) in regions)
        {
            builder.Append(yaml, at, start - at);
            foreach (var c in yaml.AsSpan(start, end - start))
            {
                if (YamlCharacters.IsBreak(c))
                {
                    builder.Append(c); // every break, so YamlDotNet's lines stay those of the text as written
                }
            }
            at = end;
        }

        builder.Append(yaml, at, yaml.Length - at);
        result = builder.ToString();
        return true;
    }

    private enum TokenKind
    {
        End,
        TopLevelKey,
        Open,
        Close,
    }

    private readonly record struct Token(TokenKind Kind, int Index, int Line = 0, string Key = "");

    private sealed class Scanner(string text)
    {
        private int _i;
        private int _line = 1;
        private bool _atLineStart = true;
        private int _blockIndent = -1; // inside a block scalar: its parent line's indent

        public Token Next()
        {
            while (_i < text.Length)
            {
                if (_atLineStart)
                {
                    _atLineStart = false;
                    var indent = 0;
                    while (_i + indent < text.Length && text[_i + indent] == ' ')
                    {
                        indent++;
                    }

                    var first = _i + indent < text.Length ? text[_i + indent] : '\n';
                    if (_blockIndent >= 0 && (indent > _blockIndent || first is '\n' or '\r'))
                    {
                        SkipLine();
                        continue;
                    }

                    _blockIndent = -1;
                    if (indent == 0 && first is not ('\n' or '\r' or '#' or '-' or '[' or '{' or ']' or '}' or ' ' or '\t'))
                    {
                        var colon = text.IndexOf(':', _i);
                        var eol = text.IndexOf('\n', _i);
                        var key = colon >= 0 && (eol < 0 || colon < eol) ? text[_i..colon] : "";
                        return new Token(TokenKind.TopLevelKey, _i, _line, key);
                    }
                }

                var c = text[_i];
                switch (c)
                {
                    case '\n':
                        NewLine();
                        continue;
                    case '#' when _i == 0 || text[_i - 1] is ' ' or '\t' or '\n':
                        SkipLine();
                        continue;
                    case '"' or '\'' when StartsScalar():
                        SkipQuoted(c);
                        continue;
                    case '|' or '>' when StartsScalar():
                        _blockIndent = LineIndent();
                        SkipLine();
                        continue;
                    case '[' or '{':
                        return new Token(TokenKind.Open, _i++);
                    case ']' or '}':
                        return new Token(TokenKind.Close, _i++);
                    default:
                        _i++;
                        continue;
                }
            }

            return new Token(TokenKind.End, _i);
        }

        // A quote or block indicator starts a scalar only where a value may start.
        private bool StartsScalar()
        {
            for (var j = _i - 1; j >= 0; j--)
            {
                switch (text[j])
                {
                    case ' ' or '\t':
                        continue;
                    case '\n' or ':' or ',' or '[' or '{' or '-' or '?':
                        return true;
                    default:
                        return false;
                }
            }

            return true;
        }

        private int LineIndent()
        {
            var start = text.LastIndexOf('\n', Math.Max(_i - 1, 0)) + 1;
            var indent = 0;
            while (start + indent < text.Length && text[start + indent] == ' ')
            {
                indent++;
            }

            return indent;
        }

        private void SkipQuoted(char quote)
        {
            _i++;
            while (_i < text.Length)
            {
                var c = text[_i++];
                if (c == '\n')
                {
                    _line++;
                }
                else if (quote == '"' && c == '\\' && _i < text.Length && text[_i] != '\n')
                {
                    _i++;
                }
                else if (c == quote)
                {
                    if (quote == '\'' && _i < text.Length && text[_i] == '\'')
                    {
                        _i++;
                        continue;
                    }

                    return;
                }
            }
        }

        private void SkipLine()
        {
            var eol = text.IndexOf('\n', _i);
            _i = eol < 0 ? text.Length : eol;
        }

        private void NewLine()
        {
            _i++;
            _line++;
            _atLineStart = true;
        }
    }
}
