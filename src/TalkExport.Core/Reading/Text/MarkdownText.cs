using Markdig;

namespace TalkExport.Core.Reading.Text;

/// <summary>
/// Markdown (with the HTML people mix into it) to plain text: Markdig renders HTML, then
/// <see cref="HtmlText"/> takes the text and links out, so Markdown links and raw <c>&lt;a&gt;</c>
/// tags are collected the same way.
/// </summary>
public static class MarkdownText
{
    // Built once: a Markdig pipeline is immutable and thread-safe.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Converts <paramref name="markdown"/>; paragraphs separated by "\n\n". Empty when it cannot be rendered.</summary>
    public static PlainText Convert(string? markdown) => TryConvert(markdown, out var text) ? text : PlainText.Empty;

    /// <summary>
    /// Converts <paramref name="markdown"/>; false (and empty text) when Markdig refuses it: elements
    /// nested past its depth limit (130 levels of <c>&gt; </c>), which no real abstract has.
    /// </summary>
    public static bool TryConvert(string? markdown, out PlainText text)
    {
        text = PlainText.Empty;
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return true;
        }

        string html;
        try
        {
            html = Markdown.ToHtml(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own guard against stack overflow: the text is lost, never the talk.
            return false;
        }

        text = HtmlText.Convert(html);
        return true;
    }
}
