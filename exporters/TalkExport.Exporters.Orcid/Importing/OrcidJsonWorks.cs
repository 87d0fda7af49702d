using System.Text;
using System.Text.Json;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Orcid.Importing;

/// <summary>
/// Reads ORCID API v3.0 JSON: one work (GET or POST /work), a bulk document
/// (<c>{"bulk": [{"work": …} | {"error": …}]}</c>, POST /works and GET /works/PUT-CODES) or a
/// works summary (<c>{"group": [{"work-summary": […]}]}</c>, GET /works). Each work is parsed
/// on its own with its line, so a file of 10,000 works is never one tree.
/// </summary>
internal static class OrcidJsonWorks
{
    public static void Read(ImportSource source, ImportBatch batch, CancellationToken cancellationToken)
    {
        var utf8 = Encoding.UTF8.GetBytes(source.Text);
        var lines = new SourceLines(utf8);
        var mapping = new OrcidTalkMapping(source.Path, batch);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = ImportLimits.MaxDepth });
        try
        {
            ReadDocument(ref reader, source.Path, lines, mapping, batch, cancellationToken);
        }
        catch (JsonException e)
        {
            // The file is not JSON as a whole: nothing of it is imported, one error says where.
            JsonSourceFailure.Refuse(batch, e, reader.CurrentDepth, lines, source.Path, "an ORCID work needs fewer than 10");
        }
    }

    private static void ReadDocument(ref Utf8JsonReader reader, string path, SourceLines lines, OrcidTalkMapping mapping, ImportBatch batch, CancellationToken cancellationToken)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            var line = reader.TokenType == JsonTokenType.None ? 1 : lines.LineOf(reader.TokenStartIndex);
            batch.Diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, line, 1, "this is not ORCID JSON: a work, a bulk document or a works summary is an object; nothing was imported."));
            return;
        }

        // A copy of the reader marks the top object: its keys decide what it is, then it is read from the start.
        var top = reader;
        var wrapper = FindWrapper(ref reader);
        reader = top;
        if (wrapper is null)
        {
            mapping.Add(ReadWork(ref reader, lines, isSummary: false));
        }
        else
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals(wrapper) || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (wrapper == "bulk")
                    {
                        ReadBulkEntry(ref reader, lines, mapping);
                    }
                    else
                    {
                        ReadGroup(ref reader, lines, mapping);
                    }
                }
            }
        }

        _ = reader.Read();
    }

    // "bulk" or "group" when the top object has one (a bulk document, a works summary), else null (one work).
    private static string? FindWrapper(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("bulk"u8))
            {
                return "bulk";
            }

            if (reader.ValueTextEquals("group"u8))
            {
                return "group";
            }

            reader.Skip();
        }

        return null;
    }

    // {"work": {…}} or {"error": {…}}: an error stands for a work ORCID could not give.
    private static void ReadBulkEntry(ref Utf8JsonReader reader, SourceLines lines, OrcidTalkMapping mapping)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isWork = reader.ValueTextEquals("work"u8);
            var isError = reader.ValueTextEquals("error"u8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !(isWork || isError))
            {
                reader.Skip();
                continue;
            }

            if (isWork)
            {
                mapping.Add(ReadWork(ref reader, lines, isSummary: false));
            }
            else
            {
                var line = lines.LineOf(reader.TokenStartIndex);
                using var error = JsonDocument.ParseValue(ref reader);
                var root = error.RootElement;
                mapping.AddError(line, Value(root, "error-code"), Value(root, "user-message") ?? Value(root, "developer-message"));
            }
        }
    }

    // One group is one work as ORCID grouped it: its summaries are that work from several sources, so the first is taken.
    private static void ReadGroup(ref Utf8JsonReader reader, SourceLines lines, OrcidTalkMapping mapping)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("work-summary"u8) || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            var first = true;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (first && reader.TokenType == JsonTokenType.StartObject)
                {
                    mapping.Add(ReadWork(ref reader, lines, isSummary: true));
                    first = false;
                }
                else
                {
                    reader.Skip();
                }
            }
        }
    }

    private static OrcidWorkFields ReadWork(ref Utf8JsonReader reader, SourceLines lines, bool isSummary)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        using var document = JsonDocument.ParseValue(ref reader);
        var work = document.RootElement;
        return OrcidWorkFields.Read(new JsonNode(work), line, isSummary);
    }

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static IEnumerable<JsonElement> Items(JsonElement? parent, string name) =>
        parent is { } p && p.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    // ORCID wraps most simple values as {"value": …} and leaves some bare ("short-description", "type"); samples mix both for "subtitle".
    private static string? Value(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("value", out var inner))
        {
            value = inner;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    // A work's JSON object as the one mapping reads it.
    private sealed class JsonNode(JsonElement element) : IOrcidNode
    {
        public IOrcidNode? Child(string name) => Object(element, name) is { } child ? new JsonNode(child) : null;

        public IEnumerable<IOrcidNode> Items(string name) => OrcidJsonWorks.Items(element, name).Select(e => (IOrcidNode)new JsonNode(e));

        public string? Text(string name) => Value(element, name);
    }
}
