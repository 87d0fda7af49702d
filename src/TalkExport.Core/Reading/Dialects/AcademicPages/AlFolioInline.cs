using System.Text.RegularExpressions;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// al-folio's inline items (<c>inline: true</c>, news style, no title): the site's list prints the
/// item's body as the whole entry (<c>{% if item.inline %} {{ item.content | remove: '&lt;p&gt;' … }}</c>,
/// _includes/news.liquid, and the talks copies sites make of it). That text is the talk as the site
/// shows it: its title; a Markdown link it opens with names the event (venue and event link).
/// </summary>
internal static partial class AlFolioInline
{
    /// <summary>True for an inline item: Liquid's <c>{% if item.inline %}</c> holds for any value but false and nil ("true" quoted too).</summary>
    public static bool IsInline(RecordContext ctx) =>
        ctx.Peek("inline") is { } value && value is not FrontMatterScalar { IsNull: true } && !FrontMatterLookup.IsFalse(value);

    /// <summary>The body as one line of plain text, or null when it is empty.</summary>
    public static string? Title(RecordContext ctx) =>
        IsInline(ctx) ? CommonFields.SingleLine(ctx.Markdown(ctx.Document.Body).Text) : null;

    /// <summary>The text and target of the link the body opens with ("[NetSci 2022](https://…) …"), or nulls.</summary>
    public static (string? Venue, string? Link) Event(RecordContext ctx)
    {
        if (!IsInline(ctx) || OpeningLink().Match(ctx.Document.Body) is not { Success: true } m)
        {
            return (null, null);
        }

        return (CommonFields.SingleLine(ctx.Markdown(m.Groups["text"].Value).Text), m.Groups["url"].Value);
    }

    [GeneratedRegex(@"\A\s*\[(?<text>[^\]\n]+)\]\((?<url>[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningLink();
}
