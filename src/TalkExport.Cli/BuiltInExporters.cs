using TalkExport.Core.Exporting;
using TalkExport.Exporters.BibTeX;
using TalkExport.Exporters.Csl;
using TalkExport.Exporters.Csv;
using TalkExport.Exporters.CvData;
using TalkExport.Exporters.Json;
using TalkExport.Exporters.Orcid;
using TalkExport.Exporters.Ris;
using TalkExport.Exporters.Template;
using TalkExport.Exporters.Word;
using TalkExport.Exporters.Xlsx;

namespace TalkExport.Cli;

/// <summary>The one explicit list of built-in exporters; user-defined ones append to the registry after these.</summary>
public static class BuiltInExporters
{
    /// <summary>A registry holding the built-ins, in the order <c>formats</c> lists them.</summary>
    public static ExporterRegistry Create()
    {
        var registry = new ExporterRegistry();
        registry.Add(new JsonExporter());
        registry.Add(new BibTeXExporter());
        registry.Add(new CsvExporter());
        registry.Add(new OrcidExporter());
        registry.Add(new OrcidXmlExporter());
        registry.Add(new DocxCvExporter());
        registry.Add(new CslJsonExporter());
        registry.Add(new RisExporter());
        registry.Add(new XlsxExporter());
        registry.Add(new RenderCvExporter());
        registry.Add(new JsonResumeExporter());
        registry.Add(new TemplateExporter());
        return registry;
    }
}
