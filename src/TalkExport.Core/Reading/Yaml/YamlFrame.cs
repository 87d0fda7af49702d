using TalkExport.Core.Model;
using YamlDotNet.Core;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>A mapping or sequence being built (an explicit stack frame, so that nesting never recurses).</summary>
internal sealed class YamlFrame(bool isMapping, string? anchor, int line, int column)
{
    public bool IsMapping { get; } = isMapping;

    public string? Anchor { get; } = anchor;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public List<KeyValuePair<string, FrontMatterValue>> Entries { get; } = [];

    public List<FrontMatterValue> Items { get; } = [];

    /// <summary>The key waiting for its value, or null when the next node is a key.</summary>
    public string? PendingKey { get; set; }

    /// <summary>Where the pending key is, for diagnostics about its value.</summary>
    public Mark PendingKeyMark { get; set; }

    public long Nodes { get; set; } = 1;

    public long Chars { get; set; }

    public int ChildDepth { get; set; }

    public bool HasAlias { get; set; }

    public void Add(BuiltNode child)
    {
        Nodes = BuiltNode.Add(Nodes, child.Nodes);
        Chars = BuiltNode.Add(Chars, child.Chars);
        ChildDepth = Math.Max(ChildDepth, child.Depth);
        HasAlias |= child.HasAlias;
        if (IsMapping)
        {
            Entries.Add(new(PendingKey!, child.Value));
            PendingKey = null;
        }
        else
        {
            Items.Add(child.Value);
        }
    }

    public BuiltNode Finish()
    {
        FrontMatterValue value = IsMapping
            ? new FrontMatterMapping(Entries) { Line = Line, Column = Column }
            : new FrontMatterSequence(Items) { Line = Line, Column = Column };
        return new BuiltNode(value, Nodes, Chars, ChildDepth + 1, HasAlias);
    }
}
