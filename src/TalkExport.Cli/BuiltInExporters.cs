using TalkExport.Core.Exporting;
using TalkExport.Exporters.BibTeX;

namespace TalkExport.Cli;

/// <summary>The one explicit list of built-in exporters; user-defined ones append to the registry after these.</summary>
public static class BuiltInExporters
{
    /// <summary>A registry holding the built-ins, in the order <c>formats</c> lists them.</summary>
    public static ExporterRegistry Create()
    {
        var registry = new ExporterRegistry();
        // One line per built-in exporter, e.g. registry.Add(new BibTeXExporter());
        registry.Add(new BibTeXExporter());
        return registry;
    }
}
