namespace TalkExport.Exporters.Word.Mapping;

/// <summary>A piece of an entry's text with one formatting: bold (the CV owner), italic (a title) or a hyperlink.</summary>
/// <param name="Text">The text as it will be shown (not yet sanitized for XML).</param>
public sealed record CvRun(string Text)
{
    /// <summary>True for the CV owner's name.</summary>
    public bool Bold { get; init; }

    /// <summary>True for titles the style sets in italics.</summary>
    public bool Italic { get; init; }

    /// <summary>An absolute http, https or mailto address when the run is a hyperlink; otherwise null.</summary>
    public Uri? Link { get; init; }
}
