using TalkExport.Core.Exporting;

namespace TalkExport.Core.Editing;

/// <summary>What <c>fill-bibtex</c> may do.</summary>
public sealed record BibTeXFillOptions
{
    /// <summary>The front-matter key that holds the entry.</summary>
    public string Key { get; init; } = "bibtex";

    /// <summary>Replace non-empty entries too, keeping their citation keys (<c>--force</c>).</summary>
    public bool Replace { get; init; }

    /// <summary>Add the key to records that lack it (<c>--add-missing</c>).</summary>
    public bool AddMissing { get; init; }

    /// <summary>Plan only: compute every edit, write nothing (<c>--check</c>, <c>--dry-run</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>Write each entry on one line (for site templates that put the value inside a script string).</summary>
    public bool OneLine { get; init; }

    /// <summary>How citation keys are made.</summary>
    public CitationKeyOptions Keys { get; init; } = CitationKeyOptions.Default;
}
