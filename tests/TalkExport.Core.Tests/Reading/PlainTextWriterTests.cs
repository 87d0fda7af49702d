using System.Text;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Tests.Reading;

/// <summary>The run-copying writer against the one-character-at-a-time rules it replaced.</summary>
public sealed class PlainTextWriterTests
{
    private static readonly string[] Pieces =
    [
        "word", "x", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00A0", "\u2003", "\u3000", "é", "Ж", "😀", "\uD800", "\uDC00",
        "\u0001", "\u0085", "\u009F", "\uFEFF", "\uFFFE", "~", "!", "a b", " a", "a ", "\u007F",
    ];

    [Fact]
    public void AppendText_RandomText_SameAsCharacterByCharacterRules()
    {
        var random = new Random(11);
        for (var n = 0; n < 20_000; n++)
        {
            var paragraphs = random.Next(2) == 0;
            var writer = new PlainTextWriter(paragraphs);
            var reference = new ReferenceWriter(paragraphs);
            for (var call = random.Next(1, 4); call > 0; call--)
            {
                var text = new StringBuilder();
                for (var k = random.Next(0, 10); k > 0; k--)
                {
                    text.Append(Pieces[random.Next(Pieces.Length)]);
                }

                writer.AppendText(text.ToString());
                reference.AppendText(text.ToString());
                if (random.Next(4) == 0)
                {
                    var kind = random.Next(1, 3);
                    writer.Break(kind);
                    reference.Break(kind);
                }
            }

            Assert.Equal(reference.ToString(), writer.Finish());
        }
    }

    // The previous implementation, kept as the specification.
    private sealed class ReferenceWriter(bool newlineIsParagraph)
    {
        private readonly StringBuilder _sb = new();
        private bool _pendingSpace;
        private int _pendingBreak;

        public void AppendText(string text)
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
                    if (newlines >= 2 || (newlines == 1 && newlineIsParagraph))
                    {
                        Break(2);
                    }

                    newlines = 0;
                    Flush();
                    _sb.Append(c);
                }
            }

            if (newlines >= 2 || (newlines == 1 && newlineIsParagraph))
            {
                Break(2);
            }
        }

        public void Break(int kind)
        {
            _pendingBreak = Math.Max(_pendingBreak, kind);
            _pendingSpace = false;
        }

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
}
