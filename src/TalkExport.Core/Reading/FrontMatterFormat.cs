namespace TalkExport.Core.Reading;

/// <summary>The syntax of a record's front matter.</summary>
public enum FrontMatterFormat
{
    /// <summary>YAML between <c>---</c> lines.</summary>
    Yaml,

    /// <summary>TOML between <c>+++</c> lines (older Hugo sites).</summary>
    Toml,
}
