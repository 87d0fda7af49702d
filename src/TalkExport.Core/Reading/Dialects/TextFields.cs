using TalkExport.Core.Model;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// Single-line fields and links as the site shows them: a field the theme prints as written keeps its
/// Markdown characters (the page shows them too), a field the theme prints through Markdown is
/// rendered; Liquid is resolved in Jekyll records (<see cref="RecordContext.Liquid"/>) and never kept.
/// </summary>
internal static class TextFields
{
    /// <summary>A field the theme prints as written: Liquid resolved, HTML removed, whitespace collapsed.</summary>
    public static string? Plain(RecordContext ctx, FrontMatterValue? value) =>
        CommonFields.SingleLine(ctx.Liquid(value?.AsString(), value));

    /// <summary>
    /// A field the theme prints through Markdown (<c>markdownify</c>): its inline Markdown rendered to
    /// text; <paramref name="link"/> is the first link it carried, as written.
    /// </summary>
    public static string? Markdown(RecordContext ctx, FrontMatterValue? value, out string? link)
    {
        link = null;
        var text = ctx.Liquid(value?.AsString(), value);
        if (text is null || !InlineMarkdown.MayHaveMarkup(text))
        {
            return TextCleaner.SingleLine(text);
        }

        var plain = InlineMarkdown.Convert(text);
        link = plain.Links.Count > 0 ? plain.Links[0] : null;
        return TextCleaner.SingleLine(plain.Text);
    }

    /// <summary>
    /// A link field of a Jekyll record, absolute. Liquid in it (<c>{{ site.baseurl }}/x.pdf</c>,
    /// <c>{% link x.md %}</c>) already gives the whole path below the host, so that path joins the
    /// host alone; any other link is resolved as <see cref="LinkResolver.Resolve"/> does.
    /// </summary>
    /// <param name="ctx">The record.</param>
    /// <param name="raw">The link as written.</param>
    /// <param name="at">Where it is written, for the warning about dropped Liquid.</param>
    public static string? Link(RecordContext ctx, string? raw, FrontMatterValue? at = null)
    {
        if (string.IsNullOrEmpty(raw) || !ctx.ResolvesLiquid || !JekyllLiquid.HasLiquid(raw))
        {
            return LinkResolver.Resolve(raw, ctx.Site.BaseUrl);
        }

        var resolved = ctx.Liquid(raw.Trim(), at)?.Trim();
        var origin = ctx.SiteUrls.Origin;
        return resolved is ['/', not '/', ..] && origin.Length > 0 ? origin + resolved : LinkResolver.Resolve(resolved, ctx.Site.BaseUrl);
    }
}
