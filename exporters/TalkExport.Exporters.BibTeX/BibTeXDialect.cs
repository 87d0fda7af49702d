namespace TalkExport.Exporters.BibTeX;

/// <summary>Which flavour of .bib the exporter writes.</summary>
public enum BibTeXDialect
{
    /// <summary>Portable <c>@misc</c> with <c>howpublished</c>, <c>year</c> + bare <c>month</c>, <c>note</c>; LaTeX accent commands. Prints under classic BibTeX and biblatex.</summary>
    BibTeX,

    /// <summary><c>@unpublished</c> with <c>type</c>, <c>eventtitle</c>, <c>eventdate</c>, <c>venue</c>, <c>date</c>, <c>addendum</c>; raw UTF-8. Needs biblatex + biber.</summary>
    BibLaTeX,

    /// <summary>
    /// For ORCID's "Import BibTeX" (its parser <c>@orcid/bibtex-parse-js</c>): <c>@misc</c> with only the
    /// fields ORCID reads (<c>title</c>, <c>booktitle</c> = event and place, <c>year</c>, bare <c>month</c>,
    /// <c>url</c>, given-first UTF-8 <c>author</c> without the record holder). Not for biber.
    /// </summary>
    Orcid,
}
