using System.Text;
using System.Text.Json;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Csl.Importing;

/// <summary>
/// Reads CSL-JSON (an array of items, as our <c>csl</c> exporter, pandoc <c>-t csljson</c>,
/// Zotero and citeproc tools write it): <c>speech</c> items are talks, other items are counted
/// as not talks.
/// </summary>
public sealed class CslJsonImporter : ITalkImporter
{
    /// <inheritdoc/>
    public string Id => "csl-json";

    /// <inheritdoc/>
    public string Description => "CSL-JSON items (pandoc, Zotero, citeproc): speech items are talks; the genre gives the kind.";

    /// <inheritdoc/>
    public bool Recognises(string path, ReadOnlySpan<char> head)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (SourceShape.HasExtension(path, ".csl.json"))
        {
            return true;
        }

        // CSL-JSON is an array (ORCID works are objects); our own "json" export is one too, but its
        // items start with "key", which no CSL variable is.
        var rest = SourceShape.Content(head);
        return SourceShape.HasExtension(path, ".json") && rest.StartsWith("[")
            && !SourceShape.Opens(rest[1..], '{', "\"key\"");
    }

    /// <inheritdoc/>
    public ImportBatch Read(ImportSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var batch = new ImportBatch();
        var utf8 = Encoding.UTF8.GetBytes(source.Text);
        var lines = new SourceLines(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = ImportLimits.MaxDepth });
        try
        {
            ReadItems(ref reader, source.Path, lines, batch, cancellationToken);
        }
        catch (JsonException e)
        {
            // The file is not JSON as a whole: nothing of it is imported, one error says where.
            JsonSourceFailure.Refuse(batch, e, reader.CurrentDepth, lines, source.Path, "a CSL-JSON item needs fewer than 10");
        }

        return batch;
    }

    private static void ReadItems(ref Utf8JsonReader reader, string path, SourceLines lines, ImportBatch batch, CancellationToken cancellationToken)
    {
        if (!reader.Read())
        {
            batch.Diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, 1, 1, "the file is empty; CSL-JSON is an array of items."));
            return;
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            // A single item (citeproc-js and some web services give one object, not an array).
            ReadItem(ref reader, path, lines, batch);
        }
        else if (reader.TokenType != JsonTokenType.StartArray)
        {
            var line = lines.LineOf(reader.TokenStartIndex);
            batch.Diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, line, 1, "this is not CSL-JSON: the file is not an array of items; nothing was imported."));
            return;
        }
        else
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadItem(ref reader, path, lines, batch);
                }
                else
                {
                    var line = lines.LineOf(reader.TokenStartIndex);
                    batch.Diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, line, 1, "an element of the array is not a CSL item (an object); it was skipped."));
                    reader.Skip();
                }
            }
        }

        // Reading past the end makes the reader check that nothing follows the value.
        _ = reader.Read();
    }

    private static void ReadItem(ref Utf8JsonReader reader, string path, SourceLines lines, ImportBatch batch)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        using var item = JsonDocument.ParseValue(ref reader);
        CslItemReader.Read(item.RootElement, path, line, DescribedTalk.IsTalkFile(path), batch);
    }
}
