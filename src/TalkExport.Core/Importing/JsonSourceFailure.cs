using System.Globalization;
using System.Text.Json;
using TalkExport.Core.Model;

namespace TalkExport.Core.Importing;

/// <summary>
/// A JSON source that cannot be read as a whole (CSL-JSON, ORCID works): nothing of it is imported,
/// and one error says where — refused (TE8503) when it nests deeper than <see cref="ImportLimits.MaxDepth"/>,
/// else unreadable (TE8501).
/// </summary>
public static class JsonSourceFailure
{
    /// <summary>
    /// Empties <paramref name="batch"/> and adds the error for <paramref name="e"/>, thrown by a reader at
    /// <paramref name="readerDepth"/>; <paramref name="itemNeeds"/> says how deep the format's items go
    /// ("a CSL-JSON item needs fewer than 10").
    /// </summary>
    public static void Refuse(ImportBatch batch, JsonException e, int readerDepth, SourceLines lines, string path, string itemNeeds)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(lines);
        var line = (int)(e.LineNumber ?? 0) + 1;
        var column = lines.ColumnOf(line, e.BytePositionInLine ?? 0);
        // The reader's depth error is the one message naming its configured depth (the reader's own state is not updated by then).
        var deep = readerDepth >= ImportLimits.MaxDepth || e.Message.Contains("maximum configured depth", StringComparison.Ordinal);
        var message = deep
            ? string.Create(CultureInfo.InvariantCulture, $"the JSON nests deeper than {ImportLimits.MaxDepth} levels ({itemNeeds}); the file was refused.")
            : $"this is not valid JSON: {WithoutPosition(e.Message)}; nothing of the file was imported.";
        batch.Talks.Clear();
        batch.NotTalks = 0;
        batch.Diagnostics.Clear();
        batch.Diagnostics.Add(Diagnostic.Error(deep ? ImportDiagnosticCodes.SourceRefused : ImportDiagnosticCodes.UnreadableEntry, path, line, column, message));
    }

    // JsonException ends its messages with " LineNumber: 2 | BytePositionInLine: 5."; the diagnostic has its own position.
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at < 0 ? message : message[..at]).TrimEnd(' ', '.');
    }
}
