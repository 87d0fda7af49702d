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

    /// <summary>Lets <paramref name="write"/> fill a <see cref="Utf8JsonWriter"/>, then writes the document to <paramref name="target"/>.</summary>
    /// <exception cref="TalkExportException">The target cannot be written (<see cref="FailureKind.Output"/>).</exception>
    public static void Write(IOutputTarget target, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                write(writer);
            }

            var json = JsonText.KeepAstralCharacters(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)) + "\n";
            using var stream = target.Open();
            stream.Write(Utf8NoBom.GetBytes(json));
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"Cannot write {target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }
}
