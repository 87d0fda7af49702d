using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Orcid.Importing;

/// <summary>
/// Reads ORCID API v3.0 XML: <c>work:work</c>, <c>bulk:bulk</c> (works and <c>error:error</c>
/// entries), <c>activities:works</c> summaries (one work per <c>activities:group</c>) and any
/// document holding them (a full record). No DTD is read, so no entity can expand (billion
/// laughs) and nothing is fetched; nesting is limited to <see cref="ImportLimits.MaxDepth"/>.
/// </summary>
internal static class OrcidXmlWorks
{
    private const string ErrorNamespace = "http://www.orcid.org/ns/error";
    private const string ActivitiesNamespace = "http://www.orcid.org/ns/activities";
    private const string WorkNamespace = "http://www.orcid.org/ns/work";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static void Read(ImportSource source, ImportBatch batch, CancellationToken cancellationToken)
    {
        if (Refusal(source) is { } refusal)
        {
            batch.Diagnostics.Add(refusal);
            return;
        }

        XDocument document;
        using (var reader = XmlReader.Create(new StringReader(source.Text), Settings))
        {
            // Checked above: the text is well-formed, shallow and without a DTD.
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }

        var mapping = new OrcidTalkMapping(source.Path, batch);
        foreach (var element in document.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = element.Name;
            if (name.NamespaceName == WorkNamespace && name.LocalName == "work")
            {
                mapping.Add(Fields(element, isSummary: false));
            }
            else if (name.NamespaceName == ActivitiesNamespace && name.LocalName == "group"
                && element.Elements().FirstOrDefault(e => e.Name.LocalName == "work-summary") is { } summary)
            {
                // One group is one work from one or more sources: the first summary stands for it.
                mapping.Add(Fields(summary, isSummary: true));
            }
            else if (name.NamespaceName == WorkNamespace && name.LocalName == "work-summary" && element.Parent is null)
            {
                mapping.Add(Fields(element, isSummary: true));
            }
            else if (name.NamespaceName == ErrorNamespace && name.LocalName == "error")
            {
                mapping.AddError(LineOf(element), Text(element, "error-code"), Text(element, "user-message") ?? Text(element, "developer-message"));
            }
        }
    }

    // A first pass with the same reader: a DTD, an error or too deep a nesting refuses the file with its line and a plain message.
    private static Diagnostic? Refusal(ImportSource source)
    {
        using var reader = XmlReader.Create(new StringReader(source.Text), Settings);
        var info = (IXmlLineInfo)reader;
        try
        {
            while (reader.Read())
            {
                if (reader.Depth >= ImportLimits.MaxDepth)
                {
                    return Diagnostic.Error(ImportDiagnosticCodes.SourceRefused, source.Path, info.LineNumber, info.LinePosition, string.Create(CultureInfo.InvariantCulture, $"the XML nests deeper than {ImportLimits.MaxDepth} levels (an ORCID work needs fewer than 10); the file was refused."));
                }
            }
        }
        catch (XmlException e)
        {
            if (DtdLine(source.Text, e) is { } dtdLine)
            {
                return Diagnostic.Error(ImportDiagnosticCodes.SourceRefused, source.Path, dtdLine, 1, "the XML has a DTD (<!DOCTYPE …>), which ORCID never writes and whose entities could expand without limit; the file was refused.");
            }

            return Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, source.Path, e.LineNumber, e.LinePosition, $"this is not well-formed XML: {WithoutPosition(e.Message)}; nothing of the file was imported.");
        }

        return null;
    }

    // The line of the <!DOCTYPE> when the exception is about one (.NET reports a prohibited DTD without a position), else null.
    private static int? DtdLine(string text, XmlException e)
    {
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (at < 0 || (!e.Message.Contains("DTD", StringComparison.Ordinal) && e.LineNumber != 0))
        {
            return null;
        }

        return text.AsSpan(0, at).Count('\n') + 1;
    }

    private static OrcidWorkFields Fields(XElement work, bool isSummary) => OrcidWorkFields.Read(new XmlNode(work), LineOf(work), isSummary);

    // ORCID's elements are in the work or common namespace by the XSD; matched by local name, as they never clash within a work.
    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName) ?? [];

    private static string? Text(XElement parent, string localName) => Child(parent, localName)?.Value;

    // A work's XML element as the one mapping reads it.
    private sealed class XmlNode(XElement element) : IOrcidNode
    {
        public IOrcidNode? Child(string name) => OrcidXmlWorks.Child(element, name) is { } child ? new XmlNode(child) : null;

        public IEnumerable<IOrcidNode> Items(string name) => Children(element, name).Select(e => (IOrcidNode)new XmlNode(e));

        public string? Text(string name) => OrcidXmlWorks.Text(element, name);
    }

    private static int LineOf(XElement element) => ((IXmlLineInfo)element).HasLineInfo() ? ((IXmlLineInfo)element).LineNumber : 1;

    // XmlException ends its messages with " Line 3, position 5."; the diagnostic has its own position.
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (at < 0 ? message : message[..at]).TrimEnd(' ', '.');
    }
}
