using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Exporters.Json;

namespace TalkExport.Exporters.CvData;

/// <summary>
/// Replaces the talks inside an existing <c>resume.json</c> as text, so every byte outside the
/// talks array stays as it was. In <c>projects</c> only the items of <c>type</c> "talk" are the
/// talks (a CV's software projects stay, as written, and the talks go where the first talk
/// was); <c>presentations</c> is replaced whole. A missing array is added as the last member.
/// </summary>
public static class JsonResumeUpdater
{
    /// <summary>The updated resume text; <paramref name="writeItems"/> writes each talk item.</summary>
    /// <exception cref="TalkExportException">The file is not a JSON object (usage error).</exception>
    public static string Update(string existing, string path, string section, int count, Action<Utf8JsonWriter, int> writeItems)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(writeItems);
        var bytes = Encoding.UTF8.GetBytes(existing);
        Scan scan;
        try
        {
            scan = ScanMembers(bytes, section);
        }
        catch (JsonException e)
        {
            throw new TalkExportException(FailureKind.Usage, $"{path}:{e.LineNumber + 1}: not a JSON object: {e.Message}", path, e);
        }

        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var unit = scan.Unit ?? "  ";
        var itemIndent = unit + unit;
        var ours = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            ours.Add(Item(writeItems, i, unit, newline).Replace(newline, newline + itemIndent, StringComparison.Ordinal));
        }

        var items = new List<string>();
        var placed = false;
        foreach (var (text, isTalk) in scan.Items)
        {
            if (!isTalk || section != "projects")
            {
                if (section == "projects")
                {
                    items.Add(text);
                }

                continue;
            }

            if (!placed)
            {
                items.AddRange(ours);
                placed = true;
            }
        }

        if (!placed)
        {
            items.AddRange(ours);
        }

        var array = items.Count == 0 ? "[]"
            : "[" + newline + string.Join("," + newline, items.Select(i => itemIndent + i)) + newline + unit + "]";
        var result = new StringBuilder(existing.Length + array.Length);
        if (scan.ValueStart >= 0)
        {
            return result.Append(Chars(bytes, 0, scan.ValueStart)).Append(array).Append(Chars(bytes, scan.ValueEnd, bytes.Length - scan.ValueEnd)).ToString();
        }

        var member = $"\"{section}\": {array}";
        return scan.LastMemberEnd < 0
            ? result.Append(Chars(bytes, 0, scan.ObjectEnd)).Append(newline).Append(unit).Append(member).Append(newline).Append(Chars(bytes, scan.ObjectEnd, bytes.Length - scan.ObjectEnd)).ToString()
            : result.Append(Chars(bytes, 0, scan.LastMemberEnd)).Append(',').Append(newline).Append(unit).Append(member).Append(Chars(bytes, scan.LastMemberEnd, bytes.Length - scan.LastMemberEnd)).ToString();
    }

    private static string Chars(byte[] bytes, int start, int length) => Encoding.UTF8.GetString(bytes, start, length);

    private static string Item(Action<Utf8JsonWriter, int> write, int index, string unit, string newline)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = newline,
            IndentCharacter = unit[0] == '\t' ? '\t' : ' ',
            IndentSize = unit.Length,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer, index);
        }

        return JsonText.KeepAstralCharacters(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private sealed class Scan
    {
        public string? Unit { get; set; }

        public int ValueStart { get; set; } = -1;

        public int ValueEnd { get; set; } = -1;

        public int LastMemberEnd { get; set; } = -1;

        public int ObjectEnd { get; set; } = -1;

        public List<(string Text, bool IsTalk)> Items { get; } = [];
    }

    private static Scan ScanMembers(byte[] bytes, string section)
    {
        var scan = new Scan();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("the top level is not an object");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            scan.Unit ??= LineIndent(bytes, (int)reader.TokenStartIndex);
            var name = reader.GetString();
            reader.Read();
            if (name == section && scan.ValueStart < 0)
            {
                scan.ValueStart = (int)reader.TokenStartIndex;
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        var end = (int)reader.BytesConsumed;
                        scan.Items.Add((Chars(bytes, start, end - start), IsTalk(bytes.AsMemory(start, end - start))));
                    }
                }
                else
                {
                    reader.Skip();
                }

                scan.ValueEnd = (int)reader.BytesConsumed;
            }
            else
            {
                reader.Skip();
            }

            scan.LastMemberEnd = (int)reader.BytesConsumed;
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("the top-level object does not end");
        }

        scan.ObjectEnd = (int)reader.TokenStartIndex;
        return scan;
    }

    private static bool IsTalk(ReadOnlyMemory<byte> item)
    {
        using var doc = JsonDocument.Parse(item, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return doc.RootElement.ValueKind == JsonValueKind.Object
            && doc.RootElement.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String
            && type.GetString() == "talk";
    }

    // The white space that starts the line of a top-level member: the file's indent unit.
    private static string? LineIndent(byte[] bytes, int index)
    {
        var start = index;
        while (start > 0 && bytes[start - 1] is (byte)' ' or (byte)'\t')
        {
            start--;
        }

        return start == index || (start > 0 && bytes[start - 1] != '\n') ? null : Encoding.ASCII.GetString(bytes, start, index - start);
    }
}
