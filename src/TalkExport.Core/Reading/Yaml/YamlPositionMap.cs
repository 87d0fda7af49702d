using YamlDotNet.Core;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// Turns a YamlDotNet mark (in the front-matter text, possibly with continuation lines indented by
/// <see cref="LibYamlCompatibility"/>) into a 1-based line and column of the record file itself.
/// </summary>
internal sealed class YamlPositionMap(int lineOffset)
{
    // Spaces inserted at the start of a YAML line (1-based) by the compatibility pass.
    private readonly Dictionary<int, int> _inserted = [];

    /// <summary>Remembers that <paramref name="count"/> spaces were inserted at the start of YAML line <paramref name="yamlLine"/>.</summary>
    public void AddInsertion(int yamlLine, int count) => _inserted[yamlLine] = _inserted.GetValueOrDefault(yamlLine) + count;

    /// <summary>The file line of a mark.</summary>
    public int Line(Mark mark) => (int)mark.Line + lineOffset;

    /// <summary>The file column of a mark (inserted spaces taken back out).</summary>
    public int Column(Mark mark) => Column((int)mark.Line, (int)mark.Column);

    /// <summary>The file line of a 1-based YAML line.</summary>
    public int Line(int yamlLine) => yamlLine + lineOffset;

    /// <summary>The file column of a 1-based YAML line and column.</summary>
    public int Column(int yamlLine, int yamlColumn)
    {
        var column = yamlColumn;
        if (_inserted.TryGetValue(yamlLine, out var shift))
        {
            column = column > shift ? column - shift : 1;
        }

        return Math.Max(column, 1);
    }
}
