using System.Globalization;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Yaml;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TalkExport.Core.Reading.Sites;

/// <summary>
/// Reads a whole site configuration file (YAML or TOML) into the same value model as front matter.
/// YAML goes through YamlDotNet's event parser with an explicit stack, so a hostile nesting depth
/// is refused before it can overflow the stack; aliases share the anchored value (no expansion).
/// </summary>
internal static class ConfigFileParser
{
    /// <summary>The top-level mapping, or null with a reason when the file cannot be read.</summary>
    public static FrontMatterMapping? ParseYaml(string text, int maxDepth, out string? error)
    {
        error = null;

        // Configs are read as libyaml reads them, like records: a double-quoted value continued
        // at column 0 is valid to Jekyll (Psych), so the same repairs make YamlDotNet accept it.
        var positions = new YamlPositionMap(0);
        text = LibYamlCompatibility.IndentTopLevelFlowValues(LibYamlCompatibility.IndentTopLevelDoubleQuotedValues(text, positions), positions);
        var lastRepair = -1L;
        while (true)
        {
            try
            {
                return ReadYaml(new Parser(new StringReader(text)), maxDepth, out error);
            }
            catch (YamlException ex) when (LibYamlCompatibility.IsContinuationIndentationError(ex.Message) && ex.Start.Index > lastRepair
                && LibYamlCompatibility.TryIndentContinuationLines(text, (int)ex.Start.Index, (int)ex.Start.Line, positions, out var repaired))
            {
                lastRepair = ex.Start.Index;
                text = repaired;
            }
            catch (YamlException ex)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"line {positions.Line(ex.Start)}: {ex.Message}");
                return null;
            }
        }
    }

    /// <summary>The top-level table, or null with a reason when the file cannot be read.</summary>
    public static FrontMatterMapping? ParseToml(string text, out string? error)
    {
        error = null;
        try
        {
            var table = TomlSerializer.Deserialize(text, SiteTomlContext.Default.TomlTable);
            return table is null ? new FrontMatterMapping([]) : (FrontMatterMapping)FromToml(table, 0);
        }
        catch (Exception ex) when (ex is TomlException or InvalidOperationException or ArgumentException)
        {
            error = ex.Message;
            return null;
        }
    }

    private static FrontMatterValue FromToml(object? value, int depth) => value switch
    {
        TomlTable table when depth < 64 => new FrontMatterMapping(table.Select(kv => new KeyValuePair<string, FrontMatterValue>(kv.Key, FromToml(kv.Value, depth + 1))).ToList()),
        TomlTableArray tables when depth < 64 => new FrontMatterSequence(tables.Select(t => FromToml(t, depth + 1)).ToList()),
        TomlArray array when depth < 64 => new FrontMatterSequence(array.Select(v => FromToml(v, depth + 1)).ToList()),
        null => new FrontMatterScalar("") { IsNull = true },
        string s => new FrontMatterScalar(s) { IsQuoted = true },
        bool b => new FrontMatterScalar(b ? "true" : "false"),
        IFormattable f => new FrontMatterScalar(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => new FrontMatterScalar(value.ToString() ?? ""),
    };

    private static FrontMatterMapping? ReadYaml(Parser parser, int maxDepth, out string? error)
    {
        error = null;
        var anchors = new Dictionary<string, FrontMatterValue>(StringComparer.Ordinal);
        var stack = new Stack<Builder>();
        FrontMatterValue? root = null;
        while (parser.MoveNext())
        {
            FrontMatterValue? done = null;
            switch (parser.Current)
            {
                case DocumentEnd when root is not null:
                    return root as FrontMatterMapping;
                case MappingStart or SequenceStart when stack.Count >= maxDepth:
                    error = "nesting deeper than " + maxDepth.ToString(CultureInfo.InvariantCulture);
                    return null;
                case MappingStart m:
                    stack.Push(new Builder(true, m.Anchor.IsEmpty ? null : m.Anchor.Value, (int)m.Start.Line));
                    continue;
                case SequenceStart s:
                    stack.Push(new Builder(false, s.Anchor.IsEmpty ? null : s.Anchor.Value, (int)s.Start.Line));
                    continue;
                case MappingEnd or SequenceEnd:
                    var builder = stack.Pop();
                    done = builder.Build();
                    if (builder.Anchor is not null)
                    {
                        anchors[builder.Anchor] = done;
                    }

                    break;
                case Scalar scalar:
                    var quoted = scalar.Style is not ScalarStyle.Plain;
                    var isNull = !quoted && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                    done = new FrontMatterScalar(scalar.Value) { IsQuoted = quoted, IsNull = isNull, Line = (int)scalar.Start.Line, Column = (int)scalar.Start.Column };
                    if (!scalar.Anchor.IsEmpty)
                    {
                        anchors[scalar.Anchor.Value] = done;
                    }

                    break;
                case AnchorAlias alias:
                    done = anchors.GetValueOrDefault(alias.Value.Value) ?? new FrontMatterScalar("") { IsNull = true };
                    break;
                default:
                    continue;
            }

            if (stack.Count == 0)
            {
                root = done;
            }
            else
            {
                stack.Peek().Add(done);
            }
        }

        return root as FrontMatterMapping ?? (root is null ? new FrontMatterMapping([]) : null);
    }

    // Collects one mapping or sequence while its events arrive.
    private sealed class Builder(bool isMapping, string? anchor, int line)
    {
        private readonly List<FrontMatterValue> _items = [];

        public string? Anchor { get; } = anchor;

        public void Add(FrontMatterValue value) => _items.Add(value);

        public FrontMatterValue Build()
        {
            if (!isMapping)
            {
                return new FrontMatterSequence(_items) { Line = line };
            }

            var entries = new List<KeyValuePair<string, FrontMatterValue>>(_items.Count / 2);
            for (var i = 0; i + 1 < _items.Count; i += 2)
            {
                entries.Add(new(_items[i].AsString() ?? "", _items[i + 1]));
            }

            return new FrontMatterMapping(entries) { Line = line };
        }
    }
}
