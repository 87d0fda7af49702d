using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace TalkExport.Exporters.Tests.Orcid;

/// <summary>ORCID's own XSDs (the repository's copy, copied to the test output) as .NET schema sets.</summary>
internal static class OrcidSchemas
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Orcid", "Schemas");

    public static string WorkXsd { get; } = Path.Combine(Folder, "record_3.0", "work-3.0.xsd");

    public static string BulkXsd { get; } = Path.Combine(Folder, "record_3.0", "bulk-3.0.xsd");

    private static readonly Lazy<XmlSchemaSet> WorkSet = new(() => Load(WorkXsd));
    private static readonly Lazy<XmlSchemaSet> BulkSet = new(() => Load(BulkXsd));

    /// <summary>
    /// Validates a <c>work:work</c> document against work-3.0.xsd, or a <c>bulk:bulk</c> one
    /// against bulk-3.0.xsd; returns every error and warning (an element the schema does not
    /// know is only a warning in .NET, so warnings count).
    /// </summary>
    public static IReadOnlyList<string> Validate(string xml)
    {
        var root = XDocument.Parse(xml).Root!.Name;
        var set = root == OrcidJsonToXml.Work + "work" ? WorkSet.Value
            : root == OrcidJsonToXml.Bulk + "bulk" ? BulkSet.Value
            : null;
        if (set is null)
        {
            return [$"unexpected root element {root}"];
        }

        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = set,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) =>
            problems.Add($"{e.Severity} line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    /// <summary>Validates an XDocument (serialized first, so that line numbers point somewhere).</summary>
    public static IReadOnlyList<string> Validate(XDocument document) => Validate(document.ToString());

    private static XmlSchemaSet Load(string path)
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        var errors = new List<string>();
        set.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        set.Add(null, path);
        set.Compile();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{path} did not compile: {string.Join("; ", errors)}");
        }

        return set;
    }
}
