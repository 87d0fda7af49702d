using System.Text.Json;
using System.Xml.Linq;

namespace TalkExport.Exporters.Tests.Orcid;

/// <summary>
/// Turns ORCID JSON into ORCID XML the way ORCID's JAXB model reads it (formats/orcid.md): element
/// = key, <c>{"value": x}</c> = text content with any sibling keys as attributes, arrays = repeated
/// elements, null = absent, key order kept (so the XSD checks the JSON's field order).
/// </summary>
internal static class OrcidJsonToXml
{
    public static readonly XNamespace Work = "http://www.orcid.org/ns/work";
    public static readonly XNamespace Common = "http://www.orcid.org/ns/common";
    public static readonly XNamespace Bulk = "http://www.orcid.org/ns/bulk";

    // Elements of a work that are declared in common-3.0.xsd (referenced with ref="common:…").
    private static readonly HashSet<string> CommonAtWorkLevel =
        ["publication-date", "external-ids", "url", "language-code", "country", "contributor-orcid"];

    // Attributes of common:element-summary (put-code, visibility, …), which JAXB writes as plain keys.
    private static readonly HashSet<string> SummaryAttributes = ["put-code", "visibility", "display-index", "path"];

    /// <summary>A <c>work:work</c> or <c>bulk:bulk</c> document for the JSON text.</summary>
    public static XDocument Convert(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("bulk", out var bulk))
        {
            var element = new XElement(Bulk + "bulk", NamespaceDeclarations());
            foreach (var item in bulk.EnumerateArray())
            {
                foreach (var property in item.EnumerateObject())
                {
                    // Bulk items are {"work": {...}} (or {"error": {...}} in responses).
                    element.Add(ConvertElement(property.Name, property.Value, Work));
                }
            }

            return new XDocument(element);
        }

        var work = ConvertElement("work", root, Work)!;
        work.Add(NamespaceDeclarations());
        return new XDocument(work);
    }

    private static object[] NamespaceDeclarations() =>
    [
        new XAttribute(XNamespace.Xmlns + "work", Work.NamespaceName),
        new XAttribute(XNamespace.Xmlns + "common", Common.NamespaceName),
        new XAttribute(XNamespace.Xmlns + "bulk", Bulk.NamespaceName),
    ];

    private static IEnumerable<XElement> ConvertProperty(string name, JsonElement value, bool parentIsCommon, string parentName)
    {
        var ns = parentIsCommon || CommonAtWorkLevel.Contains(name)
            || (parentName == "title" && name is "title" or "subtitle" or "translated-title")
            ? Common
            : Work;
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (ConvertElement(name, item, ns) is { } e)
                {
                    yield return e;
                }
            }
        }
        else if (ConvertElement(name, value, ns) is { } e)
        {
            yield return e;
        }
    }

    private static XElement? ConvertElement(string name, JsonElement value, XNamespace ns)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return new XElement(ns + name, value.GetString());
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return new XElement(ns + name, value.GetRawText());
            case JsonValueKind.Object when value.TryGetProperty("value", out var text):
                if (text.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }

                var simple = new XElement(ns + name, text.ValueKind == JsonValueKind.String ? text.GetString() : text.GetRawText());
                foreach (var attribute in value.EnumerateObject().Where(p => p.Name != "value" && p.Value.ValueKind != JsonValueKind.Null))
                {
                    simple.SetAttributeValue(attribute.Name, attribute.Value.ValueKind == JsonValueKind.String ? attribute.Value.GetString() : attribute.Value.GetRawText());
                }

                return simple;
            case JsonValueKind.Object:
                var complex = new XElement(ns + name);
                foreach (var property in value.EnumerateObject())
                {
                    // contributor-orcid has a <common:path> element; everywhere else "path" is the attribute.
                    if (SummaryAttributes.Contains(property.Name) && name != "contributor-orcid" && property.Value.ValueKind != JsonValueKind.Object)
                    {
                        if (property.Value.ValueKind != JsonValueKind.Null)
                        {
                            complex.SetAttributeValue(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText());
                        }

                        continue;
                    }

                    complex.Add(ConvertProperty(property.Name, property.Value, ns == Common, name));
                }

                return complex;
            default:
                throw new InvalidOperationException($"Unexpected JSON {value.ValueKind} for '{name}'.");
        }
    }
}
