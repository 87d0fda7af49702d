namespace TalkExport.Core.Reading.Dialects;

/// <summary>The generators a dialect belongs to, as <see cref="SiteConfig.Generator"/> names them.</summary>
internal static class SiteGenerators
{
    /// <summary>Jekyll (academicpages, al-folio, plain Jekyll sites): Liquid runs over a record's content.</summary>
    public const string Jekyll = "jekyll";

    /// <summary>Hugo (Hugo Academic, Wowchemy, Hugo Blox): no Liquid.</summary>
    public const string Hugo = "hugo";
}
