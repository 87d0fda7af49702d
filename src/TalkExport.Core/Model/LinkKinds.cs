using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Model;

/// <summary>
/// What a link points at, by the rules the readers use (a file link in academicpages' <c>talk_url</c>
/// is the slides, else the event's page): one rule for readers and importers.
/// </summary>
public static class LinkKinds
{
    /// <summary>True when the link's path ends in a file extension such as .pdf or .pptx.</summary>
    public static bool IsFile(string? url) => LinkResolver.IsFile(url);

    /// <summary>True for a YouTube or Vimeo URL.</summary>
    public static bool IsVideo(string? url) => LinkResolver.IsVideo(url);
}
