using TalkExport.Core.Model;

namespace TalkExport.Core.Importing;

/// <summary>What an importer read from one file.</summary>
public sealed class ImportBatch
{
    /// <summary>
    /// The talks, in file order. Each has its entry's line in <see cref="Talk.Source"/>, the people the
    /// entry names (none when it names none: the site's owner is then the speaker), and in
    /// <see cref="Talk.BibTeX"/> the entry's own BibTeX when the source is a .bib file. Keys are empty.
    /// </summary>
    public List<Talk> Talks { get; } = [];

    /// <summary>Errors for entries that could not be read (no talk is made for those) and warnings for what was lost.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Entries read but not talks (a journal article in a .bib, an ORCID work of another type): counted, not imported.</summary>
    public int NotTalks { get; set; }
}
