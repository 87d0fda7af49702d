using TalkExport.Core.Model;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// The one place a <see cref="Talk"/> is made from a record: a dialect's <see cref="TalkFields"/> plus
/// what every dialect reads alike (authors or the owner, tags, language, bibtex, source, extras), with
/// the warnings about a missing date and relative links.
/// </summary>
internal static class TalkBuilder
{
    /// <summary>The talk titled <paramref name="title"/>; <paramref name="isDraft"/> when it is an included draft.</summary>
    public static Talk Build(RecordContext ctx, string title, in TalkFields fields, bool isDraft)
    {
        if (fields.Date is null && !ctx.DateReported)
        {
            ctx.Report(DiagnosticSeverity.Warning, MappingDiagnosticCodes.MissingDate, null, "the record has no date");
        }

        var links = Allowed(ctx, fields.Links);
        var relative = ctx.Site.BaseUrl is not null ? null
            : FirstRelative(links.Page, links.Slides, links.Video, links.Event, links.Code);
        if (relative is not null)
        {
            ctx.Report(DiagnosticSeverity.Info, MappingDiagnosticCodes.SiteUrlUnknown, null, $"the site URL is unknown, so links such as \"{relative}\" stay relative (--base-url sets it)");
        }

        var authors = CommonFields.PeopleOrOwner(fields.AuthorNames, ctx.Site);
        var tags = CommonFields.Tags(ctx);
        var bibtex = ctx.Take(SharedKeys.BibTeX)?.AsString()?.Trim();
        var language = TextCleaner.SingleLine(ctx.TakeText(SharedKeys.Language));
        return new Talk
        {
            Title = title,
            Date = fields.Date,
            EndDate = fields.EndDate is { } end && fields.Date is { } start && end > start ? end : null,
            Authors = authors,
            Kind = fields.Kind,
            Venue = fields.Venue,
            Location = fields.Location,
            Institution = fields.Institution,
            Abstract = fields.Abstract,
            Tags = tags,
            Links = links,
            Language = language,
            BibTeX = string.IsNullOrEmpty(bibtex) ? null : bibtex,
            // An item of a data file's talk list is at its own line of that file.
            Source = new(ctx.File.DisplayPath, ctx.Origin?.Line ?? 1) { FullPath = ctx.File.FullPath, InDataFile = ctx.DataItem is not null },
            IsDraft = isDraft,
            Site = ctx.Site.RootPath is null && ctx.Site.Owner is null && ctx.Site.BaseUrl is null
                ? Exporting.SiteInfo.Unknown
                : new() { BaseUrl = ctx.Site.BaseUrl, Owner = ctx.Site.Owner, RootPath = ctx.Site.RootPath },
            // Last: every key a field took is known only now.
            Extra = ctx.Extras(),
        };
    }

    // The link policy, applied once here so that no format ever sees a refused link.
    private static TalkLinks Allowed(RecordContext ctx, TalkLinks links)
    {
        // Almost every talk's links all pass: then the links are kept as they are, without a copy.
        if (Passes(links.Page) && Passes(links.Slides) && Passes(links.Video) && Passes(links.Event) && Passes(links.Code))
        {
            return links;
        }

        return links with
        {
            Page = Allowed(ctx, "page", links.Page),
            Slides = Allowed(ctx, "slides", links.Slides),
            Video = Allowed(ctx, "video", links.Video),
            Event = Allowed(ctx, "event", links.Event),
            Code = Allowed(ctx, "code", links.Code),
        };

        static bool Passes(string? link) => link is null || LinkPolicy.Refusal(link) is null;
    }

    private static string? Allowed(RecordContext ctx, string role, string? link)
    {
        if (link is null || LinkPolicy.Refusal(link) is not { } why)
        {
            return link;
        }

        // A data: link can be megabytes long; the start names it well enough.
        var shown = link.Length > 60 ? link[..(char.IsHighSurrogate(link[59]) ? 59 : 60)] + "…" : link;
        ctx.Report(DiagnosticSeverity.Warning, MappingDiagnosticCodes.LinkRefused, null, $"the {role} link \"{shown}\" is left out: {why}");
        return null;
    }

    private static string? FirstRelative(params ReadOnlySpan<string?> links)
    {
        foreach (var l in links)
        {
            if (l is not null && !l.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !l.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !l.Contains(':', StringComparison.Ordinal))
            {
                return l;
            }
        }

        return null;
    }
}
