namespace TalkExport.Exporters.BibTeX;

/// <summary>Diagnostic codes of the BibTeX exporter (range TE3xxx). Stable: users search for them.</summary>
public static class BibTeXDiagnosticCodes
{
    /// <summary>A link could not go into <c>note</c>/<c>addendum</c> as <c>\url{…}</c> (it holds <c>% # \ { }</c>, a space or non-ASCII) and was left out.</summary>
    public const string LinkLeftOut = "TE3001";

    /// <summary>The entry holds characters pdflatex cannot typeset (emoji, CJK, Arabic, …); they are kept, and need xelatex/lualatex.</summary>
    public const string NeedsUnicodeEngine = "TE3002";

    /// <summary>The talk names no author and the site owner is unknown: the entry has no <c>author</c> (biber's data model wants one).</summary>
    public const string NoAuthor = "TE3003";

    /// <summary>The talk has no date: the entry has no <c>year</c>/<c>date</c> (biber's data model wants one).</summary>
    public const string NoDate = "TE3004";

    /// <summary>The talk's key cannot be used in a .bib file (it holds a space or one of <c>, { } ( ) " # % ' = \ ~</c>); a generated key was used.</summary>
    public const string BadKey = "TE3005";

    /// <summary>Control characters were removed from a value (they break bibtex and biber and are not text).</summary>
    public const string ControlCharactersRemoved = "TE3006";

    /// <summary>
    /// (<c>orcid</c> dialect) An author's name holds the letters "and" ("Fernando", "Alexander"): ORCID's
    /// import splits the author list on that bare, case-sensitive substring and will cut the name apart.
    /// </summary>
    public const string NameCutByOrcid = "TE3007";
}
