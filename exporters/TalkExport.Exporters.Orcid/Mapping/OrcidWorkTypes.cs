using TalkExport.Core.Model;

namespace TalkExport.Exporters.Orcid.Mapping;

/// <summary>The ORCID work type for a talk kind (the table in formats/orcid.md).</summary>
public static class OrcidWorkTypes
{
    /// <summary>
    /// The work type. <paramref name="legacy"/> uses only types that predate ORCID's Dec 2024–Jan
    /// 2025 additions (<c>public-speech</c>, <c>conference-presentation</c>), for integrations
    /// that do not know them yet.
    /// </summary>
    public static string For(TalkKind kind, bool legacy) => kind switch
    {
        TalkKind.Poster => "conference-poster",
        _ when legacy => "lecture-speech",
        TalkKind.Contributed => "conference-presentation",
        TalkKind.Lecture or TalkKind.Tutorial => "lecture-speech",
        _ => "public-speech",
    };
}
