using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// A finished value with what it costs when fully expanded (aliases share the anchored value
/// instead of copying it, so building stays linear while these counts say what a consumer
/// walking the value would pay).
/// </summary>
internal readonly record struct BuiltNode(FrontMatterValue Value, long Nodes, long Chars, int Depth, bool HasAlias)
{
    /// <summary>Stands for a value that was dropped (too deep); anything aliasing it is dropped too.</summary>
    public static BuiltNode Dropped { get; } = new(new FrontMatterScalar(""), long.MaxValue, long.MaxValue, int.MaxValue / 2, true);

    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
