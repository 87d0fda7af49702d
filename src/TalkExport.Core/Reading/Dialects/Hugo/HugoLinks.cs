using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// Hugo Blox's and Wowchemy's <c>links:</c> list (<c>{type, url, label|name, icon}</c> maps): finds the
/// talk's slides, PDF, video, code or event link among them. Hugo Blox gives a link without a
/// <c>type</c> the type <c>custom</c> (<c>build_links.html:39</c>) and labels it with its own
/// <c>label</c> or <c>name</c> (<c>:61</c>); such a link (and every Wowchemy one, which has no type) is
/// known by its label and icon.
/// </summary>
internal static class HugoLinks
{
    /// <summary>The URL of the first entry that is a <paramref name="kind"/> link (a Hugo Blox type: "slides", "pdf", "video", "code", "event"), or null.</summary>
    public static string? Find(FrontMatterSequence? links, string kind)
    {
        if (links is null)
        {
            return null;
        }

        foreach (var item in links.Items)
        {
            if (item is not FrontMatterMapping link || link.Text("url") is not { } url)
            {
                continue;
            }

            var type = link.Text("type");
            var label = $"{link.Text("label")} {link.Text("name")} {link.Text("icon")}";
            var matches = type is not null && !string.Equals(type, "custom", StringComparison.Ordinal)
                ? string.Equals(type, kind, StringComparison.OrdinalIgnoreCase)
                : kind switch
                {
                    "code" => KindRules.ContainsAtWordStart(label, "github") || KindRules.ContainsAtWordStart(label, "gitlab")
                        || KindRules.ContainsAtWordStart(label, "code") || KindRules.ContainsAtWordStart(label, "repo"),
                    "video" => LinkResolver.IsVideo(url) && !KindRules.ContainsAtWordStart(label, "tutorial"),
                    _ => KindRules.ContainsAtWordStart(label, kind),
                };
            if (matches)
            {
                return url;
            }
        }

        return null;
    }
}
