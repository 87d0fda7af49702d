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
    /// <summary>The globals: <c>talks</c> (an array) and <c>site</c> (<c>owner</c>, <c>url</c>).</summary>
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
        };
        return globals;
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
