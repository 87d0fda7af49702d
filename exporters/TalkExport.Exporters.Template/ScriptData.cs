using System.Text.Json;
using Scriban.Runtime;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Exporters.Json;

namespace TalkExport.Exporters.Template;

/// <summary>
/// Builds the template's data as Scriban script objects (no reflection, so AOT-clean). The talks
/// go through <see cref="TalkJson"/> first, so a template sees the same names and values as the
/// <c>json</c> output: <c>talk.title</c>, <c>talk.endDate</c>, <c>talk.links.slides</c>.
/// </summary>
public static class ScriptData
{
    /// <summary>The globals: <c>talks</c> (an array), <c>site</c> (<c>owner</c>, <c>url</c>) and <c>kind_labels</c> (kind id → English label, <c>kind_labels[talk.kind]</c>).</summary>
    public static ScriptObject Create(IReadOnlyList<Talk> talks, SiteInfo site)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(site);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, TalkJson.WriterOptions))
        {
            TalkJson.WriteTalks(writer, talks);
        }

        using var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = TalkJson.WriterOptions.MaxDepth });
        var globals = new ScriptObject
        {
            ["talks"] = FromJson(document.RootElement),
            ["site"] = new ScriptObject
            {
                ["owner"] = PersonNames.Parse(site.Owner)?.Name,
                ["url"] = site.BaseUrl,
            },
            ["kind_labels"] = KindLabels(),
        };
        return globals;
    }

    // The labels the citation formats print ("Invited talk"), so a template need not spell them out.
    private static ScriptObject KindLabels()
    {
        var labels = new ScriptObject();
        foreach (var kind in TalkKinds.All)
        {
            labels[kind.Id()] = kind.Label();
        }

        return labels;
    }

    /// <summary>Converts JSON to script values: objects, arrays, strings, integers, booleans and null.</summary>
    public static object? FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new ScriptObject();
                foreach (var property in element.EnumerateObject())
                {
                    obj[property.Name] = FromJson(property.Value);
                }

                return obj;
            case JsonValueKind.Array:
                var array = new ScriptArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(FromJson(item));
                }

                return array;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return element.TryGetInt64(out var n) ? n : element.GetDouble();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
