namespace TalkExport.Exporters.Orcid;

/// <summary>ORCID's limits (XSD facets and database column sizes), in UTF-16 code units.</summary>
public static class OrcidLimits
{
    /// <summary><c>title</c> and <c>journal-title</c> (XSD <c>string-1000</c>).</summary>
    public const int Title = 1000;

    /// <summary><c>short-description</c> (XSD maxLength 5000).</summary>
    public const int ShortDescription = 5000;

    /// <summary><c>credit-name</c> (XSD <c>string-150</c>).</summary>
    public const int CreditName = 150;

    /// <summary><c>url</c>: not in the XSD, but ORCID's column holds 350.</summary>
    public const int Url = 350;

    /// <summary>Works in one bulk document (POST /works).</summary>
    public const int WorksPerBulk = 100;
}
