namespace TalkExport.Core.Exporting;

/// <summary>The order of exported talks (<c>--sort</c>).</summary>
public enum TalkSort
{
    /// <summary>Newest first (<c>-date</c>, the default).</summary>
    NewestFirst,

    /// <summary>Oldest first (<c>date</c>).</summary>
    OldestFirst,

    /// <summary>By title (<c>title</c>).</summary>
    Title,
}
