namespace TalkExport.Exporters.Orcid.Mapping;

/// <summary>
/// Turns a record's language ("en", "en-GB", "he", "zh-TW") into one of ORCID's language codes,
/// which are Java's old ISO 639-1 spellings ("iw", "in", "ji") plus "zh_CN"/"zh_TW".
/// </summary>
internal static class OrcidLanguageCodes
{
    // The list from common-3.0.xsd's language-code documentation (ORCID's LanguageCode.java).
    private static readonly HashSet<string> Known = new(
        ("ab aa af ak sq am ar an hy as av ae ay az bm ba eu be bn bh bi bs br bg my ca ch ce zh_CN zh_TW cu cv kw co cr hr cs da dv nl dz en eo et ee fo fj fi fr fy ff gl lg ka de el kl gn gu ht ha iw hz hi ho hu is io ig in ia ie iu ik ga it ja jv kn kr ks kk km ki rw ky kv kg ko ku kj lo la lv li ln lt lu lb mk mg ms ml mt gv mi mr mh mo mn na nv ng ne nd se no nb nn ny oc oj or om os pi pa fa pl pt ps qu rm ro rn ru sm sg sa sc gd sr sn ii sd si sk sl so nr st es su sw ss sv tl ty tg ta tt te th bo ti to ts tn tr tk tw ug uk ur uz ve vi vo wa cy wo xh ji yo za zu")
            .Split(' '),
        StringComparer.Ordinal);

    /// <summary>The ORCID code, or null when the language has none.</summary>
    public static string? Map(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var parts = language.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        var primary = parts[0].ToLowerInvariant() switch
        {
            "he" => "iw",
            "id" => "in",
            "yi" => "ji",
            var p => p,
        };
        if (primary == "zh")
        {
            var region = parts.Length > 1 ? parts[^1].ToUpperInvariant() : "";
            return region is "TW" or "HK" or "MO" or "HANT" ? "zh_TW" : "zh_CN";
        }

        return Known.Contains(primary) ? primary : null;
    }
}
