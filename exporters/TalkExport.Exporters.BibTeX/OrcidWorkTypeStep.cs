using System.Globalization;
using System.Text;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.BibTeX;

/// <summary>
/// The one step ORCID's BibTeX import leaves to do by hand: it makes every <c>@misc</c> a work of
/// type "Other" (no entry type gives a talk type), so each imported work's type must be set on the
/// record. The types are ORCID's names for what <c>OrcidWorkTypes.For(kind, legacy: false)</c> in the
/// ORCID exporter writes (conference-presentation, conference-poster, lecture-speech, public-speech).
/// </summary>
public static class OrcidWorkTypeStep
{
    /// <summary>The work type, as ORCID's "Work type" list names it, for a talk of <paramref name="kind"/>.</summary>
    public static string TypeName(TalkKind kind) => kind switch
    {
        TalkKind.Contributed => "Conference presentation",
        TalkKind.Poster => "Conference poster",
        TalkKind.Lecture or TalkKind.Tutorial => "Lecture or speech",
        _ => "Talk, interview, podcast or speech",
    };

    /// <summary>The message: the step, then the talks under each type (in the order written).</summary>
    public static string Describe(IReadOnlyList<Talk> talks)
    {
        ArgumentNullException.ThrowIfNull(talks);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"ORCID: \"Add works > Import BibTeX\" gives every work the type \"Other\". Edit each imported work ({talks.Count}) and set its work type:");
        foreach (var group in talks.GroupBy(t => TypeName(t.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append("  ").Append(group.Key).Append(':');
            foreach (var talk in group)
            {
                text.Append("\n    ").Append(talk.Date?.ToString() ?? "undated").Append("  ").Append(OneLine(talk.Title));
            }
        }

        return text.ToString();
    }

    // A title on one line, without control characters (it goes to a terminal).
    internal static string OneLine(string? text) =>
        string.Join(' ', new string([.. (text ?? "").Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
