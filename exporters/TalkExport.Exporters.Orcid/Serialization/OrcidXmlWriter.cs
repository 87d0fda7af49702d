using System.Text;
using System.Xml;
using TalkExport.Exporters.Orcid.Model;

namespace TalkExport.Exporters.Orcid.Serialization;

/// <summary>
/// Writes works as ORCID API v3.0 XML (<c>work:work</c>, or <c>bulk:bulk</c> of works), in the
/// namespaces and element order of work-3.0.xsd and common-3.0.xsd.
/// </summary>
public static class OrcidXmlWriter
{
    /// <summary>The namespace of work-level elements.</summary>
    public const string WorkNamespace = "http://www.orcid.org/ns/work";

    /// <summary>The namespace of shared elements (title, dates, external ids, url, language).</summary>
    public const string CommonNamespace = "http://www.orcid.org/ns/common";

    /// <summary>The namespace of the bulk wrapper.</summary>
    public const string BulkNamespace = "http://www.orcid.org/ns/bulk";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    /// <summary>Writes one <c>work:work</c> document.</summary>
    public static void WriteWork(Stream stream, OrcidWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Write(stream, w => WriteWorkElement(w, work, declareNamespaces: true));
    }

    /// <summary>Writes a <c>bulk:bulk</c> document holding the works.</summary>
    public static void WriteBulk(Stream stream, IReadOnlyList<OrcidWork> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        Write(stream, w =>
        {
            w.WriteStartElement("bulk", "bulk", BulkNamespace);
            w.WriteAttributeString("xmlns", "common", null, CommonNamespace);
            w.WriteAttributeString("xmlns", "work", null, WorkNamespace);
            foreach (var work in works)
            {
                WriteWorkElement(w, work, declareNamespaces: false);
            }

            w.WriteEndElement();
        });
    }

    private static void Write(Stream stream, Action<XmlWriter> body)
    {
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteWorkElement(XmlWriter w, OrcidWork work, bool declareNamespaces)
    {
        w.WriteStartElement("work", "work", WorkNamespace);
        if (declareNamespaces)
        {
            w.WriteAttributeString("xmlns", "common", null, CommonNamespace);
        }

        w.WriteStartElement("work", "title", WorkNamespace);
        Common(w, "title", work.Title);
        w.WriteEndElement();
        Work(w, "journal-title", work.JournalTitle);
        Work(w, "short-description", work.ShortDescription);
        if (work.Citation is { } citation)
        {
            w.WriteStartElement("work", "citation", WorkNamespace);
            Work(w, "citation-type", citation.Type);
            Work(w, "citation-value", citation.Value);
            w.WriteEndElement();
        }

        Work(w, "type", work.Type);
        if (work.PublicationDate is { } date)
        {
            w.WriteStartElement("common", "publication-date", CommonNamespace);
            Common(w, "year", date.Year);
            Common(w, "month", date.Month);
            Common(w, "day", date.Day);
            w.WriteEndElement();
        }

        w.WriteStartElement("common", "external-ids", CommonNamespace);
        foreach (var id in work.ExternalIds)
        {
            w.WriteStartElement("common", "external-id", CommonNamespace);
            Common(w, "external-id-type", id.Type);
            Common(w, "external-id-value", id.Value);
            Common(w, "external-id-url", id.Url);
            Common(w, "external-id-relationship", id.Relationship);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        Common(w, "url", work.Url);
        if (work.Contributors.Count > 0)
        {
            w.WriteStartElement("work", "contributors", WorkNamespace);
            foreach (var c in work.Contributors)
            {
                w.WriteStartElement("work", "contributor", WorkNamespace);
                Work(w, "credit-name", c.CreditName);
                w.WriteStartElement("work", "contributor-attributes", WorkNamespace);
                Work(w, "contributor-sequence", c.Sequence);
                Work(w, "contributor-role", c.Role);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        Common(w, "language-code", work.LanguageCode);
        w.WriteEndElement();
    }

    private static void Work(XmlWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteElementString("work", name, WorkNamespace, value);
        }
    }

    private static void Common(XmlWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteElementString("common", name, CommonNamespace, value);
        }
    }
}
