using System.Buffers;
using System.Text;

namespace TalkExport.Core.Reading.Text;

/// <summary>Builds plain text: whitespace runs collapse to one space, breaks between blocks are kept.</summary>
internal sealed class PlainTextWriter
{
    private static readonly SearchValues<char> Special = SearchValues.Create(SpecialCharacters());
    private readonly StringBuilder _sb;
    private readonly bool _newlineIsParagraph;
    private bool _pendingSpace;
    private int _pendingBreak;

    public PlainTextWriter(int capacity, bool newlineIsParagraph)
    {
        _sb = new StringBuilder(Math.Min(capacity, 1 << 20));
        _newlineIsParagraph = newlineIsParagraph;
    }

    /// <summary>Appends text; a blank line (or any newline, when newlines are paragraphs) becomes a paragraph break.</summary>
    public void AppendText(ReadOnlySpan<char> text)
    {
        var newlines = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Ordinary characters are copied a run at a time; only whitespace and droppable ones need a look each.
            var run = text[i..].IndexOfAny(Special);
            var end = run < 0 ? text.Length : i + run;
            if (end > i)
            {
                StartContent(ref newlines);
                _sb.Append(text[i..end]);
                i = end;
                continue;
            }

            var c = text[i];
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

    // Whitespace, control characters, surrogates and the XML-forbidden/BOM code points: everything AppendText treats specially.
    private static string SpecialCharacters()
    {
        var chars = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (char.IsWhiteSpace(ch) || char.IsControl(ch) || char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF' or '\uFEFF')
            {
                chars.Add(ch);
            }
        }

        return new string([.. chars]);
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
