namespace TalkExport.Core.Importing;

/// <summary>
/// The reverse of an exporter: reads talks that another program wrote (a .bib file, CSL-JSON, ORCID
/// works, a spreadsheet) into the model, so <c>import</c> can write them as a site's own records.
/// An importer maps and never writes: where a talk goes and how its record looks is the dialect's
/// writer's (each dialect's <c>RecordWriter</c>, in its folder beside its reader).
/// </summary>
public interface ITalkImporter
{
    /// <summary>Stable lowercase id, as <c>import --from-format</c> takes it: "bibtex", "csl-json", "orcid", "csv".</summary>
    string Id { get; }

    /// <summary>One line for <c>import --help</c> and README.</summary>
    string Description { get; }

    /// <summary>
    /// True when this importer reads the file at <paramref name="path"/> whose text starts with
    /// <paramref name="head"/> (at most the first 4,096 characters): by its extension, and where two
    /// formats share one (.json: CSL-JSON or ORCID works) by its first characters.
    /// </summary>
    bool Recognises(string path, ReadOnlySpan<char> head);

    /// <summary>
    /// Reads every entry of <paramref name="source"/>. An entry that cannot be read gives an error
    /// diagnostic at its line and no talk; the others are still read. Never throws for bad input.
    /// </summary>
    ImportBatch Read(ImportSource source, CancellationToken cancellationToken);
}
