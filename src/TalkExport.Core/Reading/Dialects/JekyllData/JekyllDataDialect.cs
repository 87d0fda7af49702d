using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects.JekyllData;

/// <summary>
/// One item of a talk list in a Jekyll data file (<c>_data/talks.yml</c>), mapped like a record's front
/// matter. Jekyll puts the parsed file into <c>site.data</c> as written and the talks page prints the
/// item's keys, so the keys map by what they name: <c>title</c>/<c>name</c>; <c>date</c> (a date or a
/// text such as <c>9. February 2026</c>), else <c>year</c>/<c>month</c>, else the year and month of the
/// groups the item is listed under; <c>event</c>/<c>venue</c>/<c>conference</c>/<c>conf</c>/<c>host</c>
/// (or the entry a template looks that key up in, <see cref="DataLookups"/>); <c>location</c>/<c>place</c>;
/// <c>authors</c> (a list or one comma-separated text); links that are URLs. A <c>canceled</c> item is
/// not a talk given. Liquid in a data value is not run by Jekyll, so none is resolved here.
/// </summary>
internal sealed class JekyllDataDialect : Dialect
{
    /// <inheritdoc/>
    public override string Id => "jekyll-data";

    /// <inheritdoc/>
    public override string Generator => SiteGenerators.Jekyll;

    /// <summary>None: a data file is no collection of records; discovery finds the talk lists (<see cref="DataTalkFiles"/>).</summary>
    public override IReadOnlyList<string> Collections { get; } = [];

    /// <inheritdoc/>
    public override IReadOnlyList<FieldKeys> KeyMap => JekyllDataKeys.All;

    /// <summary>Never a record's: <see cref="TalkReader"/> maps each item of a talk list with this dialect, and nothing else.</summary>
    public override RecordEvidence Recognises(string path, FrontMatterDocument document, SiteConfig site) => RecordEvidence.None;

    /// <inheritdoc/>
    protected override string MissingTitleHint(RecordContext ctx) =>
        ctx.DataItem?.Lookups.Unavailable(ctx.Values) is { } lookup
            ? $"add `title:` to the item; the site's templates take it from {lookup}, a data file not in this site"
            : "add `title:` (or `name:`) to the item";

    /// <inheritdoc/>
    protected override bool Accepts(RecordContext ctx)
    {
        // Liquid's `{% if talk.canceled %}` holds for any value but false and nil.
        foreach (var key in JekyllDataKeys.Canceled.Keys)
        {
            if (ctx.Peek(key) is { } value && value is not FrontMatterScalar { IsNull: true } && !FrontMatterLookup.IsFalse(value))
            {
                ctx.Report(DiagnosticSeverity.Info, DataDiagnosticCodes.Canceled, value, $"skipped: the item says `{key}`, so it is not a talk given");
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    protected override FrontMatterValue? TitleValue(RecordContext ctx) =>
        ctx.Take(JekyllDataKeys.Title) ?? Looked(ctx, "title");

    /// <inheritdoc/>
    protected override TalkFields? MapRecord(RecordContext ctx, string title)
    {
        var scope = ctx.DataItem;
        var venue = TextFields.Plain(ctx, Looked(ctx, "name")) ?? TextFields.Plain(ctx, ctx.Take(JekyllDataKeys.Venue));
        if (CommonFields.Kind(ctx, title, venue, JekyllDataKeys.Kind) is not { } kind)
        {
            return null;
        }

        // A list named for its kind (`_data/invited_talks.yml`, `site.data.cv.invited`) says what its talks are.
        if (kind == TalkKind.Talk && ctx.Peek("type") is null && KindRules.TryMatch(ListName(ctx), out var listKind))
        {
            kind = listKind;
        }

        var authorsValue = ctx.Take(JekyllDataKeys.Authors);
        var names = authorsValue is FrontMatterSequence ? FrontMatterLookup.Strings(authorsValue) : CommonFields.SplitNames(authorsValue?.AsString() ?? "");
        var abstractValue = ctx.Take(JekyllDataKeys.Abstract);
        return new TalkFields
        {
            Date = Date(ctx, scope),
            AuthorNames = names,
            Kind = kind,
            Venue = venue,
            Location = TextFields.Plain(ctx, ctx.Take(JekyllDataKeys.Location)) ?? TextFields.Plain(ctx, Looked(ctx, "location")),
            Abstract = ctx.Options.ReadAbstracts && abstractValue is not null ? CommonFields.Paragraphs(ctx.Markdown(abstractValue.AsString(), abstractValue)) : null,
            Links = new TalkLinks
            {
                Slides = Url(ctx, JekyllDataKeys.Slides),
                Video = Url(ctx, JekyllDataKeys.Video),
                Event = Url(ctx, JekyllDataKeys.Event) ?? LinkResolver.Resolve((Looked(ctx, "url") ?? Looked(ctx, "link"))?.AsString()?.Trim(), ctx.Site.BaseUrl),
                Code = Url(ctx, JekyllDataKeys.Code),
            },
        };
    }

    // A field of the entry the site's templates look up for the item (its key is then not an extra).
    private static FrontMatterValue? Looked(RecordContext ctx, string field)
    {
        if (ctx.DataItem?.Lookups.Find(ctx.Values, field) is not ({ } key, { } value))
        {
            return null;
        }

        ctx.Consume(key);
        return value;
    }

    // The item's `date`; else its `year` (and `month`); else the year and month it is grouped under.
    private static TalkDate? Date(RecordContext ctx, DataItemScope? scope)
    {
        if (ctx.Take(JekyllDataKeys.Date) is { } value)
        {
            return CommonFields.Date(ctx, value, jekyllForms: true) ?? scope?.GroupDate;
        }

        var year = DataTalkItems.Year(ctx.TakeText(JekyllDataKeys.Year) ?? "");
        if (year > 0)
        {
            var month = ctx.TakeText(JekyllDataKeys.Month) is { } m ? int.TryParse(m, out var n) && n is >= 1 and <= 12 ? n : DataTalkItems.Month(m) : 0;
            return new TalkDate(year, month > 0 ? month : null);
        }

        return scope?.GroupDate;
    }

    // A link key counts where its value is a link (https://…, /slides/x.pdf): `url: climateai2020`, a
    // slug the page builds a link from, or `youtube: <id>` stay extras, as written. The first key that holds a link wins.
    private static string? Url(RecordContext ctx, FieldKeys keys)
    {
        foreach (var key in keys.Keys)
        {
            if (ctx.Values.Text(key) is { } text && (text.StartsWith('/') || Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                // The page prints it into href="…", where a browser sends a space as %20.
                return TextFields.Link(ctx, ctx.TakeText(keys.Field, key))?.Replace(" ", "%20", StringComparison.Ordinal);
            }
        }

        return null;
    }

    private static string ListName(RecordContext ctx) =>
        Path.GetFileNameWithoutExtension(ctx.File.FullPath) + " " + ctx.File.DataList;
}
