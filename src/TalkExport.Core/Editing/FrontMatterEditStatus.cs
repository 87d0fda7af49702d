namespace TalkExport.Core.Editing;

/// <summary>What <see cref="FrontMatterEditor"/> did with a record's text.</summary>
public enum FrontMatterEditStatus
{
    /// <summary>The key's value was set; <see cref="FrontMatterEditResult.Text"/> is the new file text.</summary>
    Edited,

    /// <summary>The key already holds exactly the requested value: nothing to do.</summary>
    Unchanged,

    /// <summary>The key holds another, non-empty value and replacing was not asked for.</summary>
    AlreadySet,

    /// <summary>The front matter has no such key and adding it was not asked for.</summary>
    KeyMissing,

    /// <summary>The text does not start with YAML front matter between <c>---</c> lines.</summary>
    NoFrontMatter,

    /// <summary>The layout is one the editor will not touch safely (TOML, a duplicate key, an unusual layout, a value YAML cannot hold).</summary>
    Unsupported,
}
