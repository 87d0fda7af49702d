using System.Text.RegularExpressions;
using TalkExport.Core.Importing;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Exporters.Csl.Importing;

/// <summary>
/// CSL-JSON text as plain text: the HTML-like rich-text markup CSL processors accept in titles
/// (<c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c>,
/// <c>&lt;span class="nocase"&gt;</c>, small caps) removed with its text kept.
/// </summary>
internal static partial class CslText
{
    /// <summary>A single-line field without markup, whitespace collapsed; null when blank.</summary>
    public static string? SingleLine(string? text) => TextCleaner.SingleLine(WithoutMarkup(text));

    /// <summary>
    /// A multi-line field (the abstract): markup removed, each line's whitespace collapsed, line
    /// breaks kept (records' abstracts have lists, one item a line) and blank lines made one
    /// paragraph break ("\n\n"); null when blank.
    /// </summary>
    public static string? Paragraphs(string? text) => ImportedText.Paragraphs(WithoutMarkup(text));

    private static string? WithoutMarkup(string? text) =>
        text is null || !text.Contains('<', StringComparison.Ordinal) ? text : Markup().Replace(text, "");

    // Only the tags CSL's rich-text convention defines: a title such as "p < 0.05" keeps its "<".
    [GeneratedRegex(@"</?(?:i|b|sup|sub|span)(?:\s[^<>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
