using System.Text;
using System.Text.Json;
using TalkExport.Core.Exporting;

namespace TalkExport.Exporters.Json;

/// <summary>
/// Writes one JSON document to an output target the way every JSON-based exporter here must:
/// UTF-8 without BOM, emoji kept readable (<see cref="JsonText.KeepAstralCharacters"/>), one
/// final newline, and an I/O failure reported as an output error (exit 4), never an exception
/// trace.
/// </summary>
public static class JsonDocumentWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // The written part is handed to the target whenever this much is buffered, so memory does not grow with the output.
    private const int FlushBytes = 1 << 20;

    /// <summary>Lets <paramref name="write"/> fill a <see cref="Utf8JsonWriter"/>, then writes the document to <paramref name="target"/>.</summary>
    /// <exception cref="TalkExportException">The target cannot be written (<see cref="FailureKind.Output"/>).</exception>
    public static void Write(IOutputTarget target, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        WriteArray(target, options, [write], static (writer, w) => w(writer), array: false);
    }

    /// <summary>
    /// Writes a JSON array of <paramref name="items"/>, each by <paramref name="writeItem"/>, streaming:
    /// the text goes to the target in pieces cut between items (never inside a string, so the emoji
    /// rewrite sees whole escapes), and the bytes are the same as for the whole document at once.
    /// </summary>
    /// <exception cref="TalkExportException">The target cannot be written (<see cref="FailureKind.Output"/>).</exception>
    public static void WriteArray<T>(IOutputTarget target, JsonWriterOptions options, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem) =>
        WriteArray(target, options, items, writeItem, array: true);

    private static void WriteArray<T>(IOutputTarget target, JsonWriterOptions options, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem, bool array)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(writeItem);
        try
        {
            using var stream = target.Open();
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                if (array)
                {
                    writer.WriteStartArray();
                }

                foreach (var item in items)
                {
                    writeItem(writer, item);
                    if (buffer.Length + writer.BytesPending > FlushBytes)
                    {
                        writer.Flush();
                        Drain(buffer, stream);
                    }
                }

                if (array)
                {
                    writer.WriteEndArray();
                }
            }

            buffer.WriteByte((byte)'\n');
            Drain(buffer, stream);
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"Cannot write {target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }

    private static void Drain(MemoryStream buffer, Stream stream)
    {
        var json = JsonText.KeepAstralCharacters(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        stream.Write(Utf8NoBom.GetBytes(json));
        buffer.SetLength(0);
    }
}
