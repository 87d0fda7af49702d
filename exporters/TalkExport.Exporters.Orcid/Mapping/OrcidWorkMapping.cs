using System.Globalization;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Exporters.Orcid.Model;

namespace TalkExport.Exporters.Orcid.Mapping;

/// <summary>
/// Maps a <see cref="Talk"/> to an ORCID work (formats/orcid.md): the values ORCID's API
/// accepts, with its limits enforced and every cut reported. Kept apart from the serializers so
/// that tests can look at the mapped work.
/// </summary>
public static class OrcidWorkMapping
{
    /// <summary>The title used when a talk's title is empty after cleaning (the title is required).</summary>
    public const string PlaceholderTitle = "Untitled talk";

    /// <summary>Maps one talk on its own.</summary>
    public static OrcidWork Map(Talk talk, OrcidMappingOptions options, Action<Diagnostic>? report = null)
    {
        ArgumentNullException.ThrowIfNull(talk);
        ArgumentNullException.ThrowIfNull(options);
        return Map(talk, options, report ?? (static _ => { }), new OrcidSelfIds(options.Site));
    }

    /// <summary>
    /// Maps talks in order, giving each its own <c>self</c> identifier: ORCID answers 409 when one
    /// source sends the same <c>self</c> id for two works.
    /// </summary>
    public static IReadOnlyList<OrcidWork> MapAll(IReadOnlyList<Talk> talks, OrcidMappingOptions options, Action<Diagnostic>? report = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(talks);
        return MapInOrder(talks, options, report, cancellationToken).ToArray();
    }

    /// <summary>
    /// As <see cref="MapAll"/>, one work at a time: a caller that writes works as they come (in
    /// parts of at most 100) never holds them all. Same works, same warnings, same order.
    /// </summary>
    public static IEnumerable<OrcidWork> MapInOrder(IReadOnlyList<Talk> talks, OrcidMappingOptions options, Action<Diagnostic>? report = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(options);
        return Iterate(talks, options, report ?? (static _ => { }), cancellationToken);

        static IEnumerable<OrcidWork> Iterate(IReadOnlyList<Talk> talks, OrcidMappingOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            var selfIds = new OrcidSelfIds(options.Site);
            foreach (var talk in talks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Map(talk, options, report, selfIds);
            }
        }
    }

    private static OrcidWork Map(Talk talk, OrcidMappingOptions options, Action<Diagnostic> report, OrcidSelfIds selfIds)
    {
        var fields = new OrcidFieldCleaner(talk, report);
        var title = fields.Text(talk.Title, "title", OrcidLimits.Title, singleLine: true);
        if (title is null)
        {
            fields.Warn(OrcidDiagnosticCodes.TitleMissing, $"the title is empty; ORCID requires one, so \"{PlaceholderTitle}\" was used.");
            title = PlaceholderTitle;
        }

        var citation = options.Citation is null ? null : fields.Text(options.Citation(talk), "citation", int.MaxValue, singleLine: false);
        var language = OrcidLanguageCodes.Map(talk.Language);
        if (language is null && !string.IsNullOrWhiteSpace(talk.Language))
        {
            fields.Warn(OrcidDiagnosticCodes.LanguageUnknown, $"language '{talk.Language.Trim()}' is not an ORCID language code; it was left out.");
        }

        return new OrcidWork
        {
            Title = title,
            JournalTitle = fields.Text(talk.Venue, "venue (journal-title)", OrcidLimits.Title, singleLine: true),
            ShortDescription = fields.Text(talk.Abstract, "abstract (short-description)", OrcidLimits.ShortDescription, singleLine: false),
            Citation = citation is null ? null : new OrcidCitation("bibtex", citation),
            Type = OrcidWorkTypes.For(talk.Kind, options.LegacyTypes),
            PublicationDate = MapDate(talk.Date, fields),
            ExternalIds = selfIds.For(talk, fields),
            Url = MapUrl(talk.Links, fields),
            Contributors = MapContributors(talk, options, fields),
            LanguageCode = language,
        };
    }

    private static OrcidDate? MapDate(TalkDate? date, OrcidFieldCleaner fields)
    {
        if (date is not { } d)
        {
            return null;
        }

        if (d.Year is < 1900 or > 2100)
        {
            fields.Warn(OrcidDiagnosticCodes.DateOutOfRange, string.Create(CultureInfo.InvariantCulture, $"year {d.Year} is outside ORCID's 1900-2100; the date was left out."));
            return null;
        }

        return new OrcidDate(
            d.Year.ToString("D4", CultureInfo.InvariantCulture),
            d.Month?.ToString("D2", CultureInfo.InvariantCulture),
            d.Month is null ? null : d.Day?.ToString("D2", CultureInfo.InvariantCulture));
    }

    // The work's page first; a talk without one is best found by its slides, then its recording.
    private static string? MapUrl(TalkLinks links, OrcidFieldCleaner fields)
    {
        foreach (var (name, link) in new[] { ("page", links.Page), ("slides", links.Slides), ("video", links.Video), ("event", links.Event) })
        {
            if (string.IsNullOrWhiteSpace(link))
            {
                continue;
            }

            var url = OrcidUrls.Normalize(link);
            if (url is null)
            {
                fields.Warn(OrcidDiagnosticCodes.UrlDropped, $"{name} link '{link.Trim()}' is not an absolute http(s) URL; it is not used as the work's url (set the site URL with --base-url).");
            }
            else if (url.Length > OrcidLimits.Url)
            {
                fields.Warn(OrcidDiagnosticCodes.UrlDropped, string.Create(CultureInfo.InvariantCulture, $"{name} link is {url.Length} characters; ORCID's url holds {OrcidLimits.Url}, so it is not used as the work's url."));
            }
            else
            {
                return url;
            }
        }

        return null;
    }

    private static List<OrcidContributor> MapContributors(Talk talk, OrcidMappingOptions options, OrcidFieldCleaner fields)
    {
        var names = talk.Authors.Count > 0 ? talk.Authors.Select(a => (string?)a.Name) : [PersonNames.Parse(options.Site.Owner)?.Name];
        var contributors = new List<OrcidContributor>();
        foreach (var name in names)
        {
            var credit = fields.Text(name, "author name (credit-name)", OrcidLimits.CreditName, singleLine: true);
            if (credit is not null)
            {
                contributors.Add(new OrcidContributor(credit, contributors.Count == 0 ? "first" : "additional", "author"));
            }
        }

        return contributors;
    }
}
