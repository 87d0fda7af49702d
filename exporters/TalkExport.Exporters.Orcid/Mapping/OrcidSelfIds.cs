using System.Globalization;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Orcid.Model;

namespace TalkExport.Exporters.Orcid.Mapping;

/// <summary>
/// Chooses each talk's <c>self</c> identifier (ORCID requires one, error 9023) so that no two
/// talks of one export share it (ORCID answers 409): the talk's page, else its slides, else a
/// URI built from the site URL and the record path. The event page is shared by the talks of
/// an event, so it is only ever <c>part-of</c>.
/// </summary>
internal sealed class OrcidSelfIds(SiteInfo site)
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The talk's external ids: its <c>self</c> id first, then its event as <c>part-of</c>.</summary>
    public IReadOnlyList<OrcidExternalId> For(Talk talk, OrcidFieldCleaner fields)
    {
        var eventUrl = OrcidUrls.Normalize(talk.Links.Event);
        var self = FromLink(talk.Links.Page, "page", eventUrl, fields) ?? FromLink(talk.Links.Slides, "slides", eventUrl, fields) ?? FromPath(talk, fields);
        var ids = new List<OrcidExternalId> { self };
        if (eventUrl is not null && !string.Equals(eventUrl, self.Value, StringComparison.OrdinalIgnoreCase))
        {
            ids.Add(new OrcidExternalId("uri", eventUrl, eventUrl, "part-of"));
        }

        return ids;
    }

    private OrcidExternalId? FromLink(string? link, string name, string? eventUrl, OrcidFieldCleaner fields)
    {
        var url = OrcidUrls.Normalize(link);
        // 2084 is ORCID's longest URL type (common:string-2084); a longer link is no usable id.
        if (url is null || url.Length > 2084 || string.Equals(url, eventUrl, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!_used.Add(url))
        {
            fields.Warn(OrcidDiagnosticCodes.SelfIdShared, $"another talk already uses its {name} link {url} as its ORCID self id; this talk gets another one.");
            return null;
        }

        return new OrcidExternalId("uri", url, url, "self");
    }

    private OrcidExternalId FromPath(Talk talk, OrcidFieldCleaner fields)
    {
        var path = RecordPath(talk);
        var baseUrl = OrcidUrls.Normalize(site.BaseUrl);
        var type = baseUrl is null ? "source-work-id" : "uri";
        var value = baseUrl is null ? path : baseUrl.TrimEnd('/') + "/" + OrcidUrls.EscapePath(path);
        var unique = value;
        for (var n = 2; !_used.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{value}#{n}");
        }

        fields.Warn(
            OrcidDiagnosticCodes.SelfIdFromPath,
            baseUrl is null
                ? $"the talk has no absolute page or slides link and the site URL is unknown; its ORCID self id is the record path '{unique}' (source-work-id), which changes if the file moves. Set --base-url."
                : $"the talk has no page or slides link of its own; its ORCID self id is {unique}, built from the site URL and the record path.");
        return new OrcidExternalId(type, unique, null, "self");
    }

    private string RecordPath(Talk talk)
    {
        var path = talk.Source.Path;
        if (site.RootPath is { } root && talk.Source.FullPath is { } full)
        {
            var relative = Path.GetRelativePath(root, full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                path = relative;
            }
        }

        path = path.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return OrcidText.Clean(path.TrimStart('/'), singleLine: true, out _) ?? "talk";
    }
}
