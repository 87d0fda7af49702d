using TalkExport.Core.Model;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>The seed site's Jekyll <c>talks/_posts</c>: date in the file name, HTML <c>longversion</c>/<c>shortversion</c>, <c>pdf</c>, <c>externallink</c>.</summary>
internal sealed class JekyllPostsDialect : Dialect
{
    /// <inheritdoc/>
    public override string Id => "jekyll-posts";

    /// <inheritdoc/>
    public override string Generator => SiteGenerators.Jekyll;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Collections { get; } = ["talks/_posts", "_posts/talks"];

    /// <inheritdoc/>
    public override RecordWriter Writer { get; } = new JekyllPostsWriter();

    /// <inheritdoc/>
    public override IReadOnlyList<FieldKeys> KeyMap => JekyllPostsKeys.All;

    // Keys of the seed's layouts that no other theme writes.
    private static readonly string[] OwnKeys = ["longversion", "shortversion", "overwriteurl"];

    /// <summary>Jekyll publishes every file of a <c>_posts</c> folder as a post, whatever the site; elsewhere the seed's own keys tell.</summary>
    public override RecordEvidence Recognises(string path, FrontMatterDocument document, SiteConfig site)
    {
        if (path.Contains("/_posts/", StringComparison.Ordinal))
        {
            return RecordEvidence.GeneratorFolder;
        }

        return HasAnyKey(document, OwnKeys) ? RecordEvidence.OwnKeys : RecordEvidence.None;
    }

    /// <inheritdoc/>
    protected override bool Accepts(RecordContext ctx)
    {
        var segments = SiteRelativeSegments(ctx);
        var fileName = segments[^1];
        var isPost = Array.LastIndexOf(segments, "_posts") >= 0;
        var prefix = PostFileName.Date(fileName, out _, out var dateLength);
        if (isPost && prefix != DateText.Result.Ok)
        {
            if (prefix == DateText.Result.Impossible)
            {
                ctx.Report(DiagnosticSeverity.Error, MappingDiagnosticCodes.InvalidDate, null, $"the file name's date \"{fileName[..dateLength]}\" is not a real day");
            }
            else
            {
                ctx.Report(DiagnosticSeverity.Info, MappingDiagnosticCodes.NotAPost, null, "skipped: Jekyll ignores a _posts file whose name does not start with YYYY-MM-DD-");
            }

            return false;
        }

        return true;
    }

    /// <inheritdoc/>
    protected override TalkFields? MapRecord(RecordContext ctx, string title)
    {
        var segments = SiteRelativeSegments(ctx);
        var fileName = segments[^1];
        var postsAt = Array.LastIndexOf(segments, "_posts");
        var prefix = PostFileName.Date(fileName, out var fileDate, out var dateLength);
        var dateValue = ctx.Take(JekyllPostsKeys.Date);
        // Jekyll: the `date` key wins, else the file name's date. A `date` we cannot read keeps the file name's.
        var date = CommonFields.Date(ctx, dateValue, jekyllForms: true, prefix == DateText.Result.Ok ? fileDate : null);

        // The seed's _layouts/talks.html prints the venue as written: `<em>{{ page.venue }}</em>`.
        var venue = TextFields.Plain(ctx, ctx.Take(JekyllPostsKeys.Venue));
        if (CommonFields.Kind(ctx, title, venue, JekyllPostsKeys.Kind) is not { } kind)
        {
            return null;
        }

        var authorsValue = ctx.Take(JekyllPostsKeys.Authors);
        var names = authorsValue is FrontMatterSequence ? FrontMatterLookup.Strings(authorsValue) : CommonFields.SplitNames(authorsValue?.AsString() ?? "");

        // Flow scalars fold lines, so a "\n" left in these HTML values is a blank line the author typed.
        // The short version's text is built only when the long one has none, and the body is read
        // only when neither gives the abstract or a video link (it can change neither otherwise).
        // Without ReadAbstracts they are read for their links only. Neither becomes a string of its own.
        var withText = ctx.Options.ReadAbstracts;
        var longText = Html(ctx, ctx.Take(JekyllPostsKeys.LongVersion), withText);
        var abstractText = CommonFields.Paragraphs(longText);
        var shortText = Html(ctx, ctx.Take(JekyllPostsKeys.ShortVersion), withText && abstractText is null);
        abstractText ??= CommonFields.Paragraphs(shortText);
        var linkedVideo = FirstVideoLink(longText) ?? FirstVideoLink(shortText);
        var body = (withText && abstractText is null) || linkedVideo is null ? ctx.Markdown(ctx.Document.Body) : PlainText.Empty;
        abstractText ??= withText ? CommonFields.Paragraphs(body) : null;

        var site = ctx.Site.BaseUrl;
        var slug = Path.GetFileNameWithoutExtension(fileName)[(prefix == DateText.Result.Ok ? dateLength + 1 : 0)..];
        var categories = segments[..Math.Max(postsAt, 0)].Concat(FrontMatterLookup.Strings(ctx.Peek("categories") ?? ctx.Peek("category"), ' '));
        // The theme links `overwriteurl` instead of the page; else the record's permalink (Jekyll expands
        // its placeholders too: /:year/custom-:title/), else the site's pattern.
        var overwrite = ctx.TakeText(JekyllPostsKeys.OverwriteUrl);
        var permalink = ctx.TakeText(JekyllPostsKeys.Permalink);
        var pattern = permalink is not null && JekyllPermalinks.HasPlaceholders(permalink) ? permalink : ctx.Site.Permalink ?? JekyllPermalinks.PostDefault;
        var pagePath = JekyllPermalinks.Expand(pattern, new JekyllPermalinks.Values
        {
            Categories = categories.ToList(),
            Title = ctx.Peek("slug")?.AsString()?.Trim() is { Length: > 0 } s ? s : slug,
            Path = string.Join('/', segments[(postsAt + 1)..])[..^Path.GetExtension(fileName).Length],
            Date = date,
        });
        // Outside any site, the folders say nothing about a page: no page rather than a made-up one.
        var page = overwrite ?? (permalink is not null && !JekyllPermalinks.HasPlaceholders(permalink) ? permalink : ctx.Site.RootPath is null ? null : pagePath);

        return new TalkFields
        {
            Date = date,
            AuthorNames = names,
            Kind = kind,
            Venue = venue,
            Location = TextFields.Plain(ctx, ctx.Take(JekyllPostsKeys.Location)),
            Abstract = abstractText,
            Links = new TalkLinks
            {
                Page = LinkResolver.Resolve(page, site),
                Slides = TextFields.Link(ctx, ctx.TakeText(JekyllPostsKeys.Slides)),
                Video = TextFields.Link(ctx, ctx.TakeText(JekyllPostsKeys.Video)) ?? linkedVideo ?? FirstVideo(longText, shortText, body),
                Event = TextFields.Link(ctx, ctx.TakeText(JekyllPostsKeys.Event)),
                Code = TextFields.Link(ctx, ctx.TakeText(JekyllPostsKeys.Code)),
            },
        };
    }

    // An HTML value as text; Liquid in it (rare) is resolved first, as everywhere in a Jekyll record.
    private static PlainText Html(RecordContext ctx, FrontMatterValue? value, bool withText)
    {
        var source = value?.AsTransientText();
        return source is { } text && JekyllLiquid.HasLiquid(text.Span)
            ? HtmlText.Convert(ctx.Liquid(text.ToString(), value), newlineIsParagraph: true, withText)
            : HtmlText.Convert(source, newlineIsParagraph: true, withText);
    }

    // input.md: the first YouTube/Vimeo <a href> in longversion, shortversion or the body; an embedded player only when no link.
    private static string? FirstVideo(params ReadOnlySpan<PlainText> texts)
    {
        foreach (var text in texts)
        {
            if (FirstVideoLink(text) is { } link)
            {
                return link;
            }
        }

        foreach (var text in texts)
        {
            if (FirstVideo(text.EmbeddedLinks) is { } embedded)
            {
                return embedded;
            }
        }

        return null;
    }

    private static string? FirstVideoLink(PlainText text) => FirstVideo(text.Links);

    private static string? FirstVideo(IReadOnlyList<string> links)
    {
        for (var i = 0; i < links.Count; i++)
        {
            if (LinkResolver.IsVideo(links[i]))
            {
                return links[i];
            }
        }

        return null;
    }
}
