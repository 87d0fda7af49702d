using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Importing;

/// <summary>
/// Talk lists kept for jekyll-scholar (al-folio's <c>{% bibliography -f talks %}</c>) in entry types
/// whose layout prints the fields they need: a file of its own for talks, whatever the types in it,
/// and often an entry whose <c>title</c> describes the talk ("Invited talk at GAIA seminar, Grenoble,
/// France") while <c>journal</c> or <c>booktitle</c>, printed under it, holds the talk's own title.
/// The same list converted to CSL-JSON (pandoc) keeps both: the BibTeX and CSL-JSON importers share these rules.
/// </summary>
public static class DescribedTalk
{
    // Words in a .bib file's name that say it holds talks (talks.bib, invited-talks.bib, presentations.bib).
    private static readonly string[] TalkFileWords = ["talk", "presentation", "lecture", "seminar", "speech", "poster"];

    /// <summary>True when the file's name says every entry in it is a talk, whatever its type.</summary>
    public static bool IsTalkFile(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return TalkFileWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The kind, event and place a title of the form "KIND at EVENT[, PLACE]" describes, when its part
    /// before " at " is a short kind phrase ("Invited talk", "Keynote", "Lecture"); else false.
    /// The place is the last two comma-separated parts (city, country) of three or more, the last of two.
    /// </summary>
    public static bool TryParse(string title, out TalkKind kind, out string venue, out string? place)
    {
        kind = TalkKind.Talk;
        venue = "";
        place = null;
        var at = title.IndexOf(" at ", StringComparison.OrdinalIgnoreCase);
        if (at <= 0 || title[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4 || !KindRules.TryMatch(title[..at], out kind))
        {
            return false;
        }

        var parts = title[(at + 4)..].Split(',').Select(TextCleaner.SingleLine).OfType<string>().ToList();
        if (parts.Count == 0)
        {
            return false;
        }

        var placeParts = parts.Count >= 3 ? 2 : parts.Count - 1;
        venue = string.Join(", ", parts.Take(parts.Count - placeParts));
        place = placeParts == 0 ? null : string.Join(", ", parts.Skip(parts.Count - placeParts));
        return true;
    }
}
