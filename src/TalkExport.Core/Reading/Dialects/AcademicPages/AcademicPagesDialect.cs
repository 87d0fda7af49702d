using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>academicpages' Jekyll <c>_talks</c> collection: <c>date</c>, <c>type</c>/<c>talk_type</c>, Markdown <c>excerpt</c>, <c>permalink</c>, no authors (the owner).</summary>
internal sealed class AcademicPagesDialect : Dialect
{
    /// <inheritdoc/>
    public override string Id => "academicpages";

    /// <inheritdoc/>
    public override string Generator => SiteGenerators.Jekyll;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Collections { get; } = ["_talks"];

    /// <inheritdoc/>
    public override RecordWriter Writer { get; } = new AcademicPagesWriter();

    /// <inheritdoc/>
    public override IReadOnlyList<FieldKeys> KeyMap => AcademicPagesKeys.All;

    /// <summary>A record of a <c>_talks</c> collection; and any record no other dialect claims (its keys are the plainest).</summary>
    public override RecordEvidence Recognises(string path, FrontMatterDocument document, SiteConfig site) =>
        path.Contains("/_talks/", StringComparison.Ordinal) ? RecordEvidence.Collection : RecordEvidence.Fallback;

    /// <summary>
    /// academicpages records state their collection (<c>collection: talks</c>, as its archetypes
    /// write). One that names another collection (<c>collection: projects</c>, usually with a
    /// <c>/projects/…</c> permalink) is a page of that other kind parked in the talks folder, and the
    /// site does not list it as a talk.
    /// </summary>
    protected override bool Accepts(RecordContext ctx)
    {
        if (ctx.Document.Values["collection"]?.AsString()?.Trim() is not { Length: > 0 } stated)
        {
            return true;
        }

        var segments = SiteRelativeSegments(ctx);
        string? folder = null;
        for (var i = segments.Length - 2; i >= 0 && folder is null; i--)
        {
            if (segments[i].StartsWith('_'))
            {
                folder = segments[i][1..];
            }
        }

        if (folder is null || stated.Equals(folder, StringComparison.OrdinalIgnoreCase) || stated.Contains("talk", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        ctx.Report(DiagnosticSeverity.Warning, MappingDiagnosticCodes.OtherCollection, ctx.Document.Values["collection"], $"skipped: the record says `collection: {stated}`, not the `_{folder}` collection it is in, so it is not a talk");
        return false;
    }

    /// <inheritdoc/>
    protected override TalkFields? MapRecord(RecordContext ctx, string title)
    {
        var segments = SiteRelativeSegments(ctx);
        var fileName = segments[^1];
        var dateValue = ctx.Take(AcademicPagesKeys.Date);
        // Jekyll: the `date` key wins, else the file name's date. A `date` we cannot read keeps the file name's.
        TalkDate? fileDate = PostFileName.Date(fileName, out var day, out _) == DateText.Result.Ok ? day
            : DateText.FromYearMonthPrefix(fileName, out var month) == DateText.Result.Ok ? month : null;
        var date = CommonFields.Date(ctx, dateValue, jekyllForms: true, fileDate);

        var (inlineVenue, inlineEvent) = AlFolioInline.Event(ctx);

        // _layouts/talk.html prints venue and location as written: `{{page.talk_type}} at {{ page.venue }},  {{page.location}}`.
        var venue = TextFields.Plain(ctx, ctx.Take(AcademicPagesKeys.Venue)) ?? inlineVenue;
        if (CommonFields.Kind(ctx, title, venue, AcademicPagesKeys.Kind) is not { } kind)
        {
            return null;
        }

        var authorsValue = ctx.Take(AcademicPagesKeys.Authors);
        var names = authorsValue is FrontMatterSequence ? FrontMatterLookup.Strings(authorsValue) : CommonFields.SplitNames(authorsValue?.AsString() ?? "");
        var excerptValue = ctx.Take(AcademicPagesKeys.Excerpt);
        var excerpt = ctx.Markdown(excerptValue?.AsString(), excerptValue);
        // An inline item's body is its title, not an abstract.
        var abstractText = CommonFields.Paragraphs(excerpt) ?? (AlFolioInline.IsInline(ctx) ? null : CommonFields.Paragraphs(ctx.Markdown(ctx.Document.Body)));

        // talk_url/link point at the slides when they name a file, else at the event's page.
        string? slides = ctx.TakeText(AcademicPagesKeys.Slides);
        string? eventLink = ctx.TakeText(AcademicPagesKeys.EventUrl) ?? inlineEvent;
        foreach (var keys in LinkKeys)
        {
            var link = ctx.TakeText(keys);
            if (link is null)
            {
                continue;
            }

            if (LinkResolver.IsFile(link))
            {
                slides ??= link;
            }
            else
            {
                eventLink ??= link;
            }
        }

        var site = ctx.Site.BaseUrl;
        return new TalkFields
        {
            Date = date,
            AuthorNames = names,
            Kind = kind,
            Venue = venue,
            Location = TextFields.Plain(ctx, ctx.Take(AcademicPagesKeys.Location)),
            Abstract = abstractText,
            Links = new TalkLinks
            {
                Page = LinkResolver.Resolve(PagePath(ctx, segments, ctx.TakeText(AcademicPagesKeys.Permalink), date), site),
                Slides = TextFields.Link(ctx, slides, ctx.Peek(AcademicPagesKeys.Slides.First)),
                Video = TextFields.Link(ctx, ctx.TakeText(AcademicPagesKeys.Video)),
                Event = TextFields.Link(ctx, eventLink),
                Code = TextFields.Link(ctx, ctx.TakeText(AcademicPagesKeys.Code)),
            },
        };
    }

    // Keys that name the slides when they name a file, else the event's page.
    private static readonly FieldKeys[] LinkKeys = [AcademicPagesKeys.TalkUrl, AcademicPagesKeys.Link];

    /// <summary>
    /// The title through Markdown, as academicpages' _layouts/talk.html prints it:
    /// <c>{{ page.title | markdownify | remove: "&lt;p&gt;" | remove: "&lt;/p&gt;" }}</c>.
    /// </summary>
    protected override string? TitleText(RecordContext ctx, FrontMatterValue? value) => TextFields.Markdown(ctx, value, out _);

    // The record's own permalink, else the collection's pattern (Jekyll's default for collections when
    // none is configured); Jekyll expands placeholders in a record's permalink too (/:year/custom-:title/).
    private static string? PagePath(RecordContext ctx, string[] segments, string? permalink, TalkDate? date)
    {
        if (permalink is not null && !JekyllPermalinks.HasPlaceholders(permalink))
        {
            return permalink;
        }

        if (ctx.Site.RootPath is null)
        {
            return null; // no site: a path made from the local folders would be no page at all
        }

        var folderAt = Array.FindLastIndex(segments, s => s.StartsWith('_'));
        var collection = ctx.Peek("collection")?.AsString()?.Trim() is { Length: > 0 } declared
            ? declared
            : folderAt >= 0 ? segments[folderAt][1..] : "talks";
        var inCollection = string.Join('/', segments[(folderAt + 1)..]);
        var pattern = permalink ?? ctx.Site.CollectionPermalinks.GetValueOrDefault(collection) ?? JekyllPermalinks.CollectionDefault(ctx.Site.Permalink);
        return JekyllPermalinks.Expand(pattern, new JekyllPermalinks.Values
        {
            Collection = collection,
            Path = inCollection[..^Path.GetExtension(inCollection).Length],
            // Jekyll's slug: the file name without a DATE_FILENAME_MATCHER date and without extension.
            Title = Path.GetFileNameWithoutExtension(segments[^1])[(PostFileName.DateLength(segments[^1]) is > 0 and var n ? n + 1 : 0)..],
            Date = date,
        });
    }
}
