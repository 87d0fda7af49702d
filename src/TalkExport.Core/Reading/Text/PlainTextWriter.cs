using System.Text;

namespace TalkExport.Core.Reading.Text;

/// <summary>Builds plain text: whitespace runs collapse to one space, breaks between blocks are kept.</summary>
internal sealed class PlainTextWriter
{
    private readonly StringBuilder _sb;
    private readonly bool _newlineIsParagraph;
    private bool _pendingSpace;
    private int _pendingBreak;

    // One builder per thread, reused: a fresh one per field was a large share of all allocation.
    [ThreadStatic]
    private static StringBuilder? _spare;

    public PlainTextWriter(bool newlineIsParagraph)
    {
        _sb = _spare ?? new StringBuilder(1024);
        _spare = null;
        _sb.Clear();
        _newlineIsParagraph = newlineIsParagraph;
    }

    /// <summary>The text written; the writer must not be used afterwards (its buffer goes back to the thread's spare).</summary>
    public string Finish()
    {
        var text = _sb.ToString();
        if (_sb.Capacity <= MaxSpareCapacity)
        {
            _spare = _sb;
        }

        return text;
    }

    /// <summary>Appends text; a blank line (or any newline, when newlines are paragraphs) becomes a paragraph break.</summary>
    public void AppendText(ReadOnlySpan<char> text)
    {
        var newlines = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsOrdinary(c))
            {
                // A run of ordinary characters, single spaces between them included, is copied at once.
                StartContent(ref newlines);
                var end = RunEnd(text, i + 1);
                _sb.Append(text[i..end]);
                i = end;
                continue;
            }

            if (c == '\n')
            {
                newlines++;
                _pendingSpace = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
            }
            else if (!TextCleaner.IsDropped(text, i))
            {
                StartContent(ref newlines);
                _sb.Append(c);
            }

            i++;
        }

        if (newlines >= 2 || (newlines == 1 && _newlineIsParagraph))
        {
            Break(2);
        }
    }

    /// <summary>Ends the current line (1) or paragraph (2); repeated breaks do not add up.</summary>
    public void Break(int kind)
    {
        _pendingBreak = Math.Max(_pendingBreak, kind);
        _pendingSpace = false;
    }

    /// <inheritdoc/>
    public override string ToString() => _sb.ToString();

    private const int MaxSpareCapacity = 1 << 20;

    // Not whitespace, not a control character, not one TextCleaner may drop: copied as it is.
    private static bool IsOrdinary(char c) =>
        c is > ' ' and <= '~' || (c >= '\u00A0' && !char.IsWhiteSpace(c) && !char.IsSurrogate(c) && c is not ('\uFEFF' or '\uFFFE' or '\uFFFF'));

    // Where the run of ordinary characters (and single spaces followed by one) starting before <paramref name="from"/> ends.
    private static int RunEnd(ReadOnlySpan<char> text, int from)
    {
        var end = from;
        while (end < text.Length)
        {
            var next = text[end..].IndexOfAnyExceptInRange('!', '~');
            if (next < 0)
            {
                return text.Length;
            }

            end += next;
            if (text[end] == ' ' && end + 1 < text.Length && IsOrdinary(text[end + 1]))
            {
                end += 2;
            }
            else if (IsOrdinary(text[end]))
            {
                end++;
            }
            else
            {
                return end;
            }
        }

        return end;
    }

    private void StartContent(ref int newlines)
    {
        if (newlines >= 2 || (newlines == 1 && _newlineIsParagraph))
        {
            Break(2);
        }

        newlines = 0;
        Flush();
    }

    private void Flush()
    {
        if (_sb.Length == 0)
        {
            _pendingBreak = 0;
            _pendingSpace = false;
            return;
        }

        if (_pendingBreak > 0)
        {
            _sb.Append(_pendingBreak == 2 ? "\n\n" : "\n");
        }
        else if (_pendingSpace)
        {
            _sb.Append(' ');
        }

        _pendingBreak = 0;
        _pendingSpace = false;
    }
}
