namespace TalkExport.Core.Reading.Text;

/// <summary>Text with its markup removed, and the links the markup carried.</summary>
/// <param name="Text">Plain text; paragraphs separated by "\n\n", no leading or trailing whitespace.</param>
/// <param name="Links">The <c>href</c> of every <c>&lt;a&gt;</c>, in document order, entities decoded.</param>
/// <param name="EmbeddedLinks">The <c>src</c> of every dropped <c>&lt;iframe&gt;</c> (embedded players), in document order.</param>
public sealed record PlainText(string Text, IReadOnlyList<string> Links, IReadOnlyList<string> EmbeddedLinks)
{
    /// <summary>No text, no links.</summary>
    public static PlainText Empty { get; } = new("", [], []);
}
