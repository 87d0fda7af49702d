using TalkExport.Core.Model;

namespace TalkExport.Exporters.Word.Mapping;

/// <summary>The labelled links of a talk, split into those that can be hyperlinks and those that cannot.</summary>
internal static class CvLinks
{
    public static (IReadOnlyList<(string Label, Uri Address)> Usable, IReadOnlyList<CvLink> Dropped) Of(TalkLinks links)
    {
        var usable = new List<(string, Uri)>();
        var dropped = new List<CvLink>();
        foreach (var (label, address) in new[] { ("Slides", links.Slides), ("Video", links.Video), ("Event", links.Event), ("Code", links.Code) })
        {
            if (string.IsNullOrWhiteSpace(address))
            {
                continue;
            }

            if (TryHyperlink(address, out var uri))
            {
                usable.Add((label, uri));
            }
            else
            {
                dropped.Add(new CvLink(label, address));
            }
        }

        return (usable, dropped);
    }

    /// <summary>True for an absolute http, https or mailto address; other schemes (javascript:, file:) and relative paths never become links.</summary>
    public static bool TryHyperlink(string address, out Uri uri)
    {
        if (Uri.TryCreate(address.Trim(), UriKind.Absolute, out var parsed)
            && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeMailto)
            && (parsed.Scheme == Uri.UriSchemeMailto || parsed.Host.Length > 0))
        {
            // AbsoluteUri escapes spaces and non-ASCII, so the relationship target is a valid URI reference.
            uri = new Uri(parsed.AbsoluteUri, UriKind.Absolute);
            return true;
        }

        uri = null!;
        return false;
    }
}
