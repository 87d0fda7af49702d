using System.Buffers;
using Markdig;
using Markdig.Parsers;

namespace TalkExport.Core.Reading.Text;

/// <summary>
/// A single-line field that the theme prints through Markdown (Hugo's <c>markdownify</c>, academicpages'
/// title) as the plain text the page shows: emphasis, code spans, links, autolinks, escapes, entities
/// and inline HTML rendered, the link targets kept. Only inline syntax: a venue such as
/// "2019. Annual meeting" or "- Satellite workshop" stays as written instead of becoming a list.
/// </summary>
public static class InlineMarkdown
{
    // The characters that can start inline Markdown (or the HTML and entities it passes through);
    // a field without any of them (most venues and titles) is returned as it is.
    private static readonly SearchValues<char> Markup = SearchValues.Create("[*_`<&\\");

    // Paragraphs only: every other block parser (headings, lists, quotes, code blocks, HTML blocks)
    // is removed, so a one-line field can only ever be one paragraph of inline text. Autolinks
    // because Hugo's Goldmark links bare URLs by default (markup.goldmark.extensions.linkify).
    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <summary>True when <paramref name="text"/> has a character that could be Markdown or HTML.</summary>
    public static bool MayHaveMarkup(string text) => text.AsSpan().ContainsAny(Markup);

    /// <summary>
    /// <paramref name="text"/> as one line of plain text and the links it carried; the text unchanged
    /// (no links) when it has no markup at all.
    /// </summary>
    public static PlainText Convert(string text)
    {
        if (!MayHaveMarkup(text))
        {
            return new PlainText(text, [], []);
        }

        string html;
        try
        {
            html = Markdown.ToHtml(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's depth guard (thousands of nested brackets): read the field as plain HTML text.
            return HtmlText.Convert(text);
        }

        return HtmlText.Convert(html);
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAutoLinks();
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        return builder.Build();
    }
}
