using YamlDotNet.Core;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// Turns a YamlDotNet mark (in the front-matter text, possibly with continuation lines indented by
/// <see cref="LibYamlCompatibility"/>) into a 1-based line and column of the record file itself.
/// </summary>
/// <remarks>
/// YamlDotNet, like libyaml, also ends a line at a lone CR, NEL, LS or PS; the file's lines (those
/// of every diagnostic and of the front-matter editor) end at LF only. When the text has such a
/// break, each YAML line is mapped to the file line it lies on and the columns before it there.
/// </remarks>
internal sealed class YamlPositionMap
{
    private readonly int _lineOffset;

    // Spaces inserted at the start of a YAML line (1-based) by the compatibility pass.
    private readonly Dictionary<int, int> _inserted = [];

    // Per YAML line (index = line - 1): its 1-based front-matter line and the columns before it on
    // that line. Null when every YAML line is a file line (no break other than LF or CR LF).
    private readonly (int Line, int Columns)[]? _fileLines;

    /// <summary>A map for YAML whose first line is file line <paramref name="lineOffset"/> + 1.</summary>
    /// <param name="lineOffset">The file lines before the YAML.</param>
    /// <param name="yaml">The YAML text as first parsed (repairs insert spaces only, so its breaks stay); null: LF breaks only.</param>
    public YamlPositionMap(int lineOffset, string? yaml = null)
    {
        _lineOffset = lineOffset;
        if (yaml is not null && YamlCharacters.HasNonLineFeedBreak(yaml))
        {
            _fileLines = FileLines(yaml);
        }
    }

    /// <summary>Remembers that <paramref name="count"/> spaces were inserted at the start of YAML line <paramref name="yamlLine"/>.</summary>
    public void AddInsertion(int yamlLine, int count) => _inserted[yamlLine] = _inserted.GetValueOrDefault(yamlLine) + count;

    /// <summary>The file line of a mark.</summary>
    public int Line(Mark mark) => Line((int)mark.Line);

    /// <summary>The file column of a mark (inserted spaces taken back out).</summary>
    public int Column(Mark mark) => Column((int)mark.Line, (int)mark.Column);

    /// <summary>The file line of a 1-based YAML line.</summary>
    public int Line(int yamlLine) => FileLine(yamlLine).Line + _lineOffset;

    /// <summary>The file line of a 1-based front-matter line counted at LF only.</summary>
    public int LineFeedLine(int line) => line + _lineOffset;

    /// <summary>The file column of a 1-based YAML line and column.</summary>
    public int Column(int yamlLine, int yamlColumn)
    {
        var column = yamlColumn;
        if (_inserted.TryGetValue(yamlLine, out var shift))
        {
            column = column > shift ? column - shift : 1;
        }

        return Math.Max(column, 1) + FileLine(yamlLine).Columns;
    }

    private (int Line, int Columns) FileLine(int yamlLine)
    {
        if (_fileLines is null || yamlLine < 1)
        {
            return (yamlLine, 0);
        }

        if (yamlLine > _fileLines.Length)
        {
            // Past the text (an end-of-stream mark): the lines after the last one are LF lines.
            return (_fileLines[^1].Line + yamlLine - _fileLines.Length, 0);
        }

        return _fileLines[yamlLine - 1];
    }

    private static (int Line, int Columns)[] FileLines(string yaml)
    {
        var lines = new List<(int Line, int Columns)> { (1, 0) };
        var fileLine = 1;
        var fileLineStart = 0;
        for (var next = YamlCharacters.NextLineStart(yaml, 0); next >= 0; next = YamlCharacters.NextLineStart(yaml, next))
        {
            if (yaml[next - 1] == '\n')
            {
                fileLine++;
                fileLineStart = next;
            }

            lines.Add((fileLine, next - fileLineStart));
        }

        return [.. lines];
    }
}
