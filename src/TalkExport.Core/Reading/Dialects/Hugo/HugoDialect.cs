using TalkExport.Core.Model;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>Hugo Blox (Academic) <c>content/event</c> and <c>content/talk</c> pages, YAML or TOML.</summary>
internal sealed class HugoDialect : Dialect
{
    /// <inheritdoc/>
    public override string Id => "hugo";

    /// <inheritdoc/>
    public override string Generator => SiteGenerators.Hugo;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Collections { get; } = ["content/event", "content/events", "content/talk", "content/talks"];

    /// <inheritdoc/>
    public override RecordWriter Writer { get; } = new HugoWriter();

    /// <inheritdoc/>
    public override IReadOnlyList<FieldKeys> KeyMap => HugoKeys.All;

    // Keys the Hugo themes write for a talk (event_url too: academicpages records may have it, so it only makes Hugo likely).
    private static readonly string[] ThemeKeys = ["url_slides", "url_pdf", "event_url", "event_start"];

    /// <summary>
    /// A page under <c>content/</c> of a Hugo site (its config was found) or in TOML, which only Hugo
    /// writes; elsewhere a Hugo site, TOML or the themes' keys make it likely.
    /// </summary>
    public override RecordEvidence Recognises(string path, FrontMatterDocument document, SiteConfig site)
    {
        var hugoOrToml = site.Generator == SiteGenerators.Hugo || document.Format == FrontMatterFormat.Toml;
        if (hugoOrToml && path.Contains("/content/", StringComparison.Ordinal))
        {
            return RecordEvidence.SiteContent;
        }

        return hugoOrToml || HasAnyKey(document, ThemeKeys) ? RecordEvidence.Likely : RecordEvidence.None;
    }

    /// <inheritdoc/>
    public override bool KeysIgnoreCase => true;

    /// <inheritdoc/>
    protected override TalkFields? MapRecord(RecordContext ctx, string title)
    {
        // The event's date: old Hugo Academic (v3, 2018-2019) shows `time_start | default .Date`
        // (its `date` is the page's publish date), later versions `event_start`, else `date`; kept as
        // written (never shifted to another zone); never publishDate. See docs/themes.md.
        var date = CommonFields.Date(ctx, ctx.Take(HugoKeys.Date));

        // v3 shows `time_end` only as an end time; its date part is the last day the writer gave.
        // Hugo Blox shows `event_end | default date_end` (and `event_name`, no longer `event`): its keys first.
        var endDate = CommonFields.Date(ctx, ctx.Take(HugoKeys.EndDate));
        // Every Hugo theme family prints the event through Markdown: Academic v3 layouts/talk/single.html
        // and Wowchemy layouts/event/single.html `{{ .Params.event | markdownify }}`, Hugo Blox
        // layouts/events/page.html `{{ .Params.event_name | markdownify }}`; location likewise.
        var venue = TextFields.Markdown(ctx, ctx.Take(HugoKeys.Venue), out var venueLink);
        if (CommonFields.Kind(ctx, title, venue, HugoKeys.Kind) is not { } kind)
        {
            return null;
        }

        var names = FrontMatterLookup.Strings(ctx.Take(HugoKeys.Authors), ',').Select(id => ResolveAuthor(id, ctx.Site));
        var abstractValue = ctx.Take(HugoKeys.Abstract);
        var abstractText = CommonFields.Paragraphs(ctx.Markdown(abstractValue?.AsString(), abstractValue));

        // Wowchemy/Hugo Blox show `location` (the institution or building) and then `address` (the
        // place): with an address both are kept; without one, `location` is the place, as in v3.
        var address = AddressText(ctx.Peek(HugoKeys.Address.First));
        if (address is not null)
        {
            ctx.Consume(HugoKeys.Address.First);
        }

        var locationText = TextFields.Markdown(ctx, ctx.Take(HugoKeys.Location), out _);
        var location = address ?? locationText;
        var institution = address is null ? null : locationText;
        var site = ctx.Site.BaseUrl;
        var page = LinkResolver.Resolve(ctx.TakeText(HugoKeys.Page) ?? PagePath(ctx, title, date), site);
        var bundle = BundleFolder(ctx);
        var links = ctx.Peek(HugoKeys.Links.First) as FrontMatterSequence;

        // The theme looks a relative url_* value up among the bundle's files first (.Resources.GetMatch)
        // and else makes it site-relative (relURL); for the PDF, a bundle file named like the bundle
        // (<folder>.pdf) wins, else url_pdf is site-relative (hugo-academic/layouts/partials/page_links.html:16-23).
        string? Link(string? raw) => LinkResolver.Resolve(raw, site, page, bundleRelative: bundle is not null && raw is not null && HasBundleFile(bundle, raw));
        var urlPdf = ctx.TakeText(HugoKeys.UrlPdf);
        var slides = Link(ctx.TakeText(HugoKeys.UrlSlides)) ?? BundlePdf(bundle, page) ?? LinkResolver.Resolve(urlPdf, site);
        var deck = SlideDeck(ctx, site);

        return new TalkFields
        {
            Date = date,
            EndDate = endDate,
            AuthorNames = names,
            Kind = kind,
            Venue = venue,
            Location = location,
            Institution = institution,
            Abstract = abstractText,
            Links = new TalkLinks
            {
                Page = page,
                Slides = slides ?? deck ?? Link(HugoLinks.Find(links, "slides")) ?? Link(HugoLinks.Find(links, "pdf")),
                Video = Link(ctx.TakeText(HugoKeys.Video)) ?? Link(HugoLinks.Find(links, "video")),
                // A link in the event's name is the event's page when the record names none (event_url, a links "event" button).
                Event = Link(ctx.TakeText(HugoKeys.Event)) ?? Link(HugoLinks.Find(links, "event")) ?? Link(venueLink),
                Code = Link(ctx.TakeText(HugoKeys.Code)) ?? Link(HugoLinks.Find(links, "code")),
            },
        };
    }

    // An author id with a profile becomes its name; "admin" without one is the owner; anything else is a name.
    // The id of a template's sample profile is the owner too: nobody here, so the owner (if known) is used.
    private static string ResolveAuthor(string idOrName, SiteConfig site)
    {
        if (site.SampleAuthorIds.Contains(idOrName))
        {
            return "";
        }

        if (site.Authors.TryGetValue(idOrName, out var name))
        {
            return name;
        }

        var byCase = site.Authors.FirstOrDefault(a => string.Equals(a.Key, idOrName, StringComparison.OrdinalIgnoreCase));
        if (byCase.Value is not null)
        {
            return byCase.Value;
        }

        return idOrName == "admin" && site.Owner is not null ? site.Owner : idOrName;
    }

    // The page bundle's folder when the record is its index (index.md, index.en.md), else null.
    private static string? BundleFolder(RecordContext ctx) =>
        TranslationBaseName(Path.GetFileName(ctx.File.FullPath), ctx.Site.HugoPaths) == "index" ? Path.GetDirectoryName(ctx.File.FullPath) : null;

    // A relative link naming a file of the bundle (not a link out of it, never through a link).
    private static bool HasBundleFile(string bundle, string link)
    {
        if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith('/') || link.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        var path = Path.Combine(bundle, link.StartsWith("./", StringComparison.Ordinal) ? link[2..] : link);
        return File.Exists(path) && new FileInfo(path).LinkTarget is null;
    }

    // <folder>.pdf beside index.md: the theme's PDF button even without url_pdf.
    private static string? BundlePdf(string? bundle, string? page)
    {
        if (bundle is null || page is null)
        {
            return null;
        }

        var name = Path.GetFileName(bundle) + ".pdf";
        return HasBundleFile(bundle, name) ? (page.EndsWith('/') ? page : page + "/") + name : null;
    }

    // Hugo Academic's `slides` names a Markdown deck (content/slides/<name>.md) unless it is a link itself.
    private static string? SlideDeck(RecordContext ctx, string? site)
    {
        var deck = ctx.TakeText(HugoKeys.Deck);
        if (deck is null)
        {
            return null;
        }

        return deck.Contains('/', StringComparison.Ordinal) || deck.Contains(':', StringComparison.Ordinal) || LinkResolver.IsFile(deck)
            ? LinkResolver.Resolve(deck, site)
            : LinkResolver.Resolve("/slides/" + HugoPermalinks.Urlize(deck, ctx.Site.HugoPaths) + "/", site);
    }

    private static string? PagePath(RecordContext ctx, string title, TalkDate? date)
    {
        if (ctx.Site.RootPath is null)
        {
            return null; // no site: a path made from the local folders would be no page at all
        }

        var segments = SiteRelativeSegments(ctx);
        var contentAt = Array.LastIndexOf(segments, "content");
        var section = contentAt >= 0 && contentAt + 2 < segments.Length ? segments[contentAt + 1] : "talk";
        var paths = ctx.Site.HugoPaths;
        var baseName = TranslationBaseName(segments[^1], paths);
        var name = baseName is "index" or "_index" && segments.Length > 1 ? segments[^2] : baseName;
        var slug = ctx.Peek("slug")?.AsString()?.Trim() is { Length: > 0 } s ? s : null;
        return HugoPermalinks.Expand(ctx.Site.CollectionPermalinks.GetValueOrDefault(section), section, name, slug, title, date, paths);
    }

    // Hugo's translation base name: "index.en.md" is the English "index" (a bundle), "talk.fr.md" the
    // French "talk", when the suffix is one of the site's languages; otherwise it is part of the name.
    private static string TranslationBaseName(string fileName, HugoPaths paths)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        var language = Path.GetExtension(name);
        return language.Length > 1 && paths.Languages.Contains(language[1..]) ? name[..^language.Length] : name;
    }

    // "City, Region, Country" from Hugo Blox's address map, parts that repeat dropped.
    private static string? AddressText(FrontMatterValue? value)
    {
        if (value is not FrontMatterMapping address)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var key in (ReadOnlySpan<string>)["city", "region", "country"])
        {
            if (TextCleaner.SingleLine(address.Text(key)) is { } part && !parts.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                parts.Add(part);
            }
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
