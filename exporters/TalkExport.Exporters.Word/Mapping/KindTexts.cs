using TalkExport.Core.Model;

namespace TalkExport.Exporters.Word.Mapping;

/// <summary>What each style calls a talk kind.</summary>
internal static class KindTexts
{
    /// <summary>APA 7's bracketed description: "[Seminar presentation]", "[Keynote address]".</summary>
    public static string ApaDescription(TalkKind kind) => kind switch
    {
        TalkKind.Invited => "Invited talk",
        TalkKind.Keynote => "Keynote address",
        TalkKind.Contributed => "Conference presentation",
        TalkKind.Seminar => "Seminar presentation",
        TalkKind.Lecture => "Lecture",
        TalkKind.Tutorial => "Tutorial",
        TalkKind.Poster => "Poster presentation",
        TalkKind.Panel => "Panel discussion",
        _ => "Presentation",
    };

    /// <summary>Chicago's description before the venue: "Seminar presented at …".</summary>
    public static string ChicagoPhrase(TalkKind kind) => kind switch
    {
        TalkKind.Invited => "Invited talk presented",
        TalkKind.Keynote => "Keynote address presented",
        TalkKind.Contributed => "Paper presented",
        TalkKind.Seminar => "Seminar presented",
        TalkKind.Lecture => "Lecture given",
        TalkKind.Tutorial => "Tutorial presented",
        TalkKind.Poster => "Poster presented",
        TalkKind.Panel => "Panel discussion held",
        _ => "Presented",
    };

    /// <summary>Chicago's description when there is no venue: "Seminar".</summary>
    public static string ChicagoNoun(TalkKind kind) => kind switch
    {
        TalkKind.Talk => "Talk",
        _ => ApaDescription(kind),
    };
}
