namespace TalkExport.Core.Editing;

/// <summary>How <see cref="FrontMatterEditor"/> may change a record.</summary>
public sealed record FrontMatterEditOptions
{
    /// <summary>Fill empty values only; never add a key.</summary>
    public static FrontMatterEditOptions Default { get; } = new();

    /// <summary>Replace a non-empty value too (<c>--force</c>).</summary>
    public bool Replace { get; init; }

    /// <summary>Append the key at the end of the front matter when it is missing (<c>--add-missing</c>).</summary>
    public bool AddMissing { get; init; }
}
