namespace TalkExport.Exporters.Orcid;

/// <summary>Diagnostic codes of the ORCID exporter (TE5xxx). Stable: users search for them.</summary>
public static class OrcidDiagnosticCodes
{
    /// <summary>A value was longer than ORCID allows and was cut.</summary>
    public const string ValueCut = "TE5001";

    /// <summary>A link could not be used as the work's <c>url</c> (too long or not an absolute http(s) URL) and was left out.</summary>
    public const string UrlDropped = "TE5002";

    /// <summary>The date is outside ORCID's years 1900–2100 and was left out.</summary>
    public const string DateOutOfRange = "TE5003";

    /// <summary>The talk has no own link, so its <c>self</c> identifier was built from the record path.</summary>
    public const string SelfIdFromPath = "TE5004";

    /// <summary>The language is not one of ORCID's language codes and was left out.</summary>
    public const string LanguageUnknown = "TE5005";

    /// <summary>The title is empty after cleaning; a placeholder title was used.</summary>
    public const string TitleMissing = "TE5006";

    /// <summary>Another talk already uses the same link as its <c>self</c> identifier (ORCID would answer 409).</summary>
    public const string SelfIdShared = "TE5007";

    /// <summary>Characters that XML 1.0 forbids (control characters) were removed from a value.</summary>
    public const string CharactersRemoved = "TE5008";
}
