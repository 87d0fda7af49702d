using System.Collections.Concurrent;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// The line walker behind <see cref="SimpleYamlReader"/>: keys at column 0, their values, and
/// block lists, within <c>source[start..end]</c>. Every method returns false/null for a shape outside the supported subset.
/// </summary>
internal sealed class SimpleYamlCursor(ReadOnlyMemory<char> source, int start, int end, int lineOffset)
{
    // A string or a pooled buffer (the reader decodes records into pooled buffers, not strings).
    private ReadOnlySpan<char> Text => source.Span;

    private readonly int _end = end;
    private int _pos = start;
    private int _lineStart = start;
    private int _line = 1;

    // Records of a site repeat the same keys: one shared string per key rather than one per record.
    private static readonly ConcurrentDictionary<string, string> KnownKeys = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownKeyLookup = KnownKeys.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Skips empty, blank and column-0 comment lines; false at the end of the text.</summary>
    public bool SkipBlankLines()
    {
        while (_pos < _end)
        {
            if (IsBlankLine(_pos) || Text[_pos] == '#')
            {
                NextLine();
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>Reads <c>key:</c> at column 0 (a plain key of letters, digits, <c>_ - .</c>), leaving the cursor after the colon.</summary>
    public bool TryReadKey(out string key, out int line)
    {
        key = "";
        line = _line + lineOffset;
        var i = _pos;
        if (!IsKeyStart(Text[i]))
        {
            return false;
        }

        while (i < _end && IsKeyPart(Text[i]))
        {
            i++;
        }

        if (i >= _end || Text[i] != ':' || (i + 1 < _end && Text[i + 1] is not (' ' or '\n')))
        {
            return false;
        }

        key = Key(Text[_pos..i]);
        _pos = i + 1;
        return key is not ("null" or "Null" or "NULL");
    }

    /// <summary>Reads the value after a key's colon, through the end of its last line.</summary>
    public FrontMatterValue? ReadValue()
    {
        var afterColon = Position();
        SkipSpaces();
        if (AtLineEnd() || Text[_pos] == '#')
        {
            return ReadBlockValue(afterColon);
        }

        var value = ReadInlineScalar(allowLines: true);
        return value is not null && FinishLine() && !NextContentIsIndented() ? value : null;
    }

    // Nothing after the colon: a null (placed just after the colon, as YamlDotNet places it), or a block list on the following lines.
    private FrontMatterValue? ReadBlockValue((int Line, int Column) afterColon)
    {
        var (line, column) = afterColon;
        NextLine();
        var next = NextContentLine();
        if (next < 0 || Text[next] != ' ' && !IsDash(next))
        {
            return new FrontMatterScalar("") { IsNull = true, Line = line, Column = column };
        }

        var indent = 0;
        while (Text[next + indent] == ' ')
        {
            indent++;
        }

        return IsDash(next + indent) ? ReadList(indent) : null;
    }

    private FrontMatterSequence? ReadList(int indent)
    {
        var items = new List<FrontMatterValue>();
        int line = 0, column = 0;
        while (NextContentLine() is var next and >= 0 && Indent(next) == indent && IsDash(next + indent))
        {
            SkipToLine(next);
            _pos += indent;
            if (items.Count == 0)
            {
                (line, column) = Position();
            }

            _pos++;
            SkipSpaces();
            FrontMatterValue? item;
            if (AtLineEnd())
            {
                var (itemLine, itemColumn) = Position();
                item = new FrontMatterScalar("") { IsNull = true, Line = itemLine, Column = itemColumn };
            }
            else if ((item = ReadInlineScalar(allowLines: false)) is null || !FinishLine())
            {
                return null;
            }

            items.Add(item);
        }

        // The list ends at a column-0 line (the next key) or at the end; anything else is another shape.
        var after = NextContentLine();
        return after < 0 || (Indent(after) == 0 && !IsDash(after)) ? new FrontMatterSequence(items) { Line = line, Column = column } : null;
    }

    // A scalar that starts on this line: quoted (over several lines only when allowed) or plain (this line only).
    private FrontMatterScalar? ReadInlineScalar(bool allowLines)
    {
        var (line, column) = Position();
        var quote = Text[_pos];
        if (quote is '"' or '\'')
        {
            var startLine = _line;
            var value = ReadQuoted(quote, mayDefer: allowLines, line, column);
            return !allowLines && _line != startLine ? null : value;
        }

        if (IsIndicator(quote))
        {
            return null;
        }

        var end = LineEnd(_pos);
        var content = Text.Slice(_pos, end - _pos).TrimEnd(' ');
        if (content.Contains(": ", StringComparison.Ordinal) || content.Contains(" #", StringComparison.Ordinal) || content[^1] == ':')
        {
            return null;
        }

        var plain = content.ToString();
        _pos = end;
        return new FrontMatterScalar(plain)
        {
            IsNull = plain is "~" or "null" or "Null" or "NULL",
            Line = line,
            Column = column,
        };
    }

    // A key's quoted value longer than this stays in the source until asked for (DeferredText says
    // why); shorter ones, and list items, become strings at once.
    private const int DeferLongerThan = 256;

    private FrontMatterScalar? ReadQuoted(char quote, bool mayDefer, int line, int column)
    {
        var start = _pos + 1;
        var scan = new SimpleYamlQuotedScalar(source, start, _end, quote);
        var value = QuotedValueBuffer.ForThread();
        if (!scan.Scan(value))
        {
            return null;
        }

        if (scan.LineBreaks > 0)
        {
            _line += scan.LineBreaks;
            _lineStart = scan.LastLineStart;
        }

        _pos = scan.End;
        return mayDefer && value.Length > DeferLongerThan
            ? new FrontMatterScalar(new DeferredQuotedScalar(source, start, _end, quote, value.Written.Span.IsWhiteSpace())) { IsQuoted = true, Line = line, Column = column }
            : new FrontMatterScalar(new string(value.Written.Span)) { IsQuoted = true, Line = line, Column = column };
    }

    // After a value: only spaces, then the end of the line or a comment.
    private bool FinishLine()
    {
        var start = _pos;
        SkipSpaces();
        if (!AtLineEnd() && !(Text[_pos] == '#' && _pos > start))
        {
            return false;
        }

        NextLine();
        return true;
    }

    // A more-indented line after a one-line value would continue or break it: the full path decides.
    private bool NextContentIsIndented() => NextContentLine() is var next and >= 0 && Text[next] == ' ';

    private int NextContentLine()
    {
        var i = _pos;
        while (i < _end && IsBlankLine(i))
        {
            i = LineEnd(i) + 1;
        }

        return i < _end ? i : -1;
    }

    private void SkipToLine(int lineStart)
    {
        while (_pos < lineStart)
        {
            NextLine();
        }
    }

    private void NextLine()
    {
        var end = LineEnd(_pos);
        _pos = end < _end ? end + 1 : end;
        if (end < _end)
        {
            _line++;
        }

        _lineStart = _pos;
    }

    private (int Line, int Column) Position() => (_line + lineOffset, _pos - _lineStart + 1);

    private void SkipSpaces()
    {
        while (_pos < _end && Text[_pos] == ' ')
        {
            _pos++;
        }
    }

    private bool AtLineEnd() => _pos >= _end || Text[_pos] == '\n';

    private int LineEnd(int from)
    {
        var i = Text[from.._end].IndexOf('\n');
        return i < 0 ? _end : from + i;
    }

    private bool IsBlankLine(int lineStart) => Text.Slice(lineStart, LineEnd(lineStart) - lineStart).IndexOfAnyExcept(' ') < 0;

    private int Indent(int lineStart) => Text.Slice(lineStart, LineEnd(lineStart) - lineStart).IndexOfAnyExcept(' ');

    private bool IsDash(int i) => i < _end && Text[i] == '-' && (i + 1 == _end || Text[i + 1] is ' ' or '\n');

    private static string Key(ReadOnlySpan<char> key)
    {
        if (KnownKeyLookup.TryGetValue(key, out var known))
        {
            return known;
        }

        var text = key.ToString();
        if (KnownKeys.Count < 4096)
        {
            KnownKeys.TryAdd(text, text);
        }

        return text;
    }

    private static bool IsKeyStart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsKeyPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' or ' ' or '\n';
}
