using TalkExport.Core.Model;

namespace TalkExport.Core.Reading;

/// <summary>A record file split into its parsed front matter and its body.</summary>
public sealed record FrontMatterDocument
{
    /// <summary>YAML or TOML.</summary>
    public required FrontMatterFormat Format { get; init; }

    /// <summary>The front matter's keys and values, in file order, with their line numbers.</summary>
    public required FrontMatterMapping Values { get; init; }

    /// <summary>The body after the closing fence (Markdown or HTML).</summary>
    public required string Body { get; init; }

    /// <summary>1-based line of the body's first line.</summary>
    public int BodyLine { get; init; }
}
