using System.Text;

namespace TalkExport.Core.Importing;

/// <summary>
/// Turns byte offsets in a UTF-8 text (what <see cref="System.Text.Json.Utf8JsonReader"/> reports)
/// into 1-based lines and columns, so that each item's diagnostics and <c>Source</c> name its line.
/// </summary>
public sealed class SourceLines
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    /// <summary>The line starts of <paramref name="utf8"/>.</summary>
    public SourceLines(byte[] utf8)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line holding byte <paramref name="offset"/>.</summary>
    public int LineOf(long offset)
    {
        var index = _lineStarts.BinarySearch((int)Math.Min(offset, int.MaxValue));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>The 1-based column (in characters) of byte <paramref name="bytesInLine"/> of 1-based <paramref name="line"/>.</summary>
    public int ColumnOf(int line, long bytesInLine)
    {
        if (line < 1 || line > _lineStarts.Count)
        {
            return 1;
        }

        var start = _lineStarts[line - 1];
        var length = (int)Math.Clamp(bytesInLine, 0, _utf8.Length - start);
        return Encoding.UTF8.GetCharCount(_utf8, start, length) + 1;
    }
}
