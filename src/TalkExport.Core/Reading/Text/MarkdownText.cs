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

    /// <summary>Converts <paramref name="markdown"/>; paragraphs separated by "\n\n".</summary>
    public static PlainText Convert(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return PlainText.Empty;
        }

        var html = Markdown.ToHtml(markdown, Pipeline);
        return HtmlText.Convert(html);
    }
}
