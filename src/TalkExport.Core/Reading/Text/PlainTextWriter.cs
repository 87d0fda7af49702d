using System.Text;

namespace TalkExport.Core.Reading.Text;

/// <summary>Builds plain text: whitespace runs collapse to one space, breaks between blocks are kept.</summary>
internal sealed class PlainTextWriter
{
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
        for (var i = 0; i < text.Length; i++)
        {
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
                if (newlines >= 2 || (newlines == 1 && _newlineIsParagraph))
                {
                    Break(2);
                }

                newlines = 0;
                Flush();
                _sb.Append(c);
            }
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
