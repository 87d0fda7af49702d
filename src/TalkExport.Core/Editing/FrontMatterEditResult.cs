namespace TalkExport.Core.Editing;

/// <summary>The outcome of one edit.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Text">The new text when <see cref="FrontMatterEditStatus.Edited"/>, else the original text.</param>
/// <param name="Line">1-based line of the key in the original text (0 when there is none).</param>
/// <param name="Message">Why, in plain words, for every status but <see cref="FrontMatterEditStatus.Edited"/> and <see cref="FrontMatterEditStatus.Unchanged"/>.</param>
public sealed record FrontMatterEditResult(FrontMatterEditStatus Status, string Text, int Line, string? Message = null)
{
    /// <summary>The existing value's text as written (key line and continuation lines), when the key exists; used to keep an existing entry's citation key.</summary>
    public string? ExistingText { get; init; }
}
