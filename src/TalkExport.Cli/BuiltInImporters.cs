using TalkExport.Core.Importing;
using TalkExport.Exporters.BibTeX.Importing;
using TalkExport.Exporters.Csl.Importing;
using TalkExport.Exporters.Csv.Importing;
using TalkExport.Exporters.Orcid.Importing;

namespace TalkExport.Cli;

/// <summary>The one explicit list of importers, in the order a source file is offered to them (the first that recognises it reads it).</summary>
public static class BuiltInImporters
{
    /// <summary>The importers.</summary>
    public static IReadOnlyList<ITalkImporter> Create() => [new BibTeXImporter(), new CslJsonImporter(), new OrcidWorkImporter(), new CsvImporter()];
}
