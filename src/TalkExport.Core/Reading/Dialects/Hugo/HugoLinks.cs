using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>Hugo Blox's <c>links:</c> list (<c>{type|name|icon, url}</c> maps): finds slides, video or code among them.</summary>
internal static class HugoLinks
{
    /// <summary>The URL of the first entry that is a <paramref name="kind"/> link ("slides", "video", "code"), or null.</summary>
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
            var label = $"{link.Text("name")} {link.Text("icon")}";
            var matches = type is not null
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
