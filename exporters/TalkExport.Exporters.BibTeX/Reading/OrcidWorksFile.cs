using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace TalkExport.Exporters.BibTeX.Reading;

/// <summary>
/// Titles and years of the works in an ORCID works document, JSON or XML, whatever its shape: one
/// work, a bulk document (<c>{"bulk":[{"work":…}]}</c>), or a record's works as the API returns them
/// (groups of <c>work-summary</c>). A work is whatever holds <c>title/title</c> (JSON:
/// <c>"title":{"title":{"value":…}}</c>); its year is its <c>publication-date/year</c>.
/// </summary>
internal static class OrcidWorksFile
{
    /// <summary>True when the text looks like JSON or XML rather than BibTeX.</summary>
    public static bool IsJsonOrXml(string text) => text.TrimStart() is { Length: > 0 } t && t[0] is '{' or '[' or '<';

    /// <summary>The works' (title, year) pairs; a year is "" when the work has none.</summary>
    /// <exception cref="BibTeXSyntaxException">The document is not well-formed (with its line).</exception>
    public static List<(string Title, string Year)> Read(string text)
    {
        var works = new List<(string, string)>();
        if (text.TrimStart()[0] == '<')
        {
            ReadXml(text, works);
        }
        else
        {
            ReadJson(text, works);
        }

        return works;
    }

    private static void ReadJson(string text, List<(string, string)> works)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            Walk(document.RootElement, works);
        }
        catch (JsonException e)
        {
            throw new BibTeXSyntaxException((int)(e.LineNumber ?? 0) + 1, "not a readable ORCID works JSON document: " + e.Message);
        }
    }

    private static void Walk(JsonElement element, List<(string, string)> works)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, works);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (Value(element, "title", "title") is { } title)
        {
            works.Add((title, Value(element, "publication-date", "year") ?? ""));
        }

        foreach (var property in element.EnumerateObject())
        {
            Walk(property.Value, works);
        }
    }

    // obj.first.second.value as a string (ORCID wraps values: {"value": "…"}).
    private static string? Value(JsonElement element, string first, string second) =>
        element.TryGetProperty(first, out var a) && a.ValueKind == JsonValueKind.Object
        && a.TryGetProperty(second, out var b) && b.ValueKind == JsonValueKind.Object
        && b.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    private static void ReadXml(string text, List<(string, string)> works)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new BibTeXSyntaxException(e.LineNumber, "not a readable ORCID works XML document: " + e.Message);
        }

        foreach (var title in document.Descendants().Where(e => e.Name.LocalName == "title" && e.Parent?.Name.LocalName == "title"))
        {
            var work = title.Parent!.Parent;
            var year = work?.Elements().FirstOrDefault(e => e.Name.LocalName == "publication-date")?.Elements().FirstOrDefault(e => e.Name.LocalName == "year")?.Value;
            works.Add((title.Value, year?.Trim() ?? ""));
        }
    }
}
