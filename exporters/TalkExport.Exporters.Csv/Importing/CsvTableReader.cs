using CsvHelper;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Csv.Importing;

/// <summary>
/// Reads a file's records with CsvHelper (RFC 4180 quoting; records read one by one, no type
/// mapping, so it stays AOT-safe) and reports malformed quoting at the line where the record starts.
/// </summary>
internal static class CsvTableReader
{
    /// <summary>The table, or null (with an error or a warning in <paramref name="diagnostics"/>) when the file has no header.</summary>
    public static CsvTable? Read(ImportSource source, char? separator, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var text = source.Text.StartsWith('\uFEFF') ? source.Text[1..] : source.Text;
        var lineBase = 0;
        if (CsvSeparator.Hint(text, out var hintLength) is { } hinted)
        {
            separator = hinted;
            text = text[hintLength..];
            lineBase = 1;
        }

        var sep = separator ?? CsvSeparator.Detect(text);
        var records = new List<CsvRecord>();
        var start = 0;
        var unclosed = 0;
        while (true)
        {
            var unclosedAt = ReadChunk(start == 0 ? text : text[start..], sep, lineBase, records, source.Path, diagnostics, cancellationToken);
            if (unclosedAt is not { } line)
            {
                break;
            }

            if (records.Count == 0)
            {
                // The header itself: what follows cannot be split into columns.
                diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, source.Path, line, 0,
                    "the header row opens a quote that is never closed: the file cannot be read as a table"));
                return null;
            }

            diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, source.Path, line, 0,
                "row not read: it opens a quote that is never closed; the lines after it are read as rows of their own"));
            if (++unclosed == CsvImporter.MaxUnclosedQuotes)
            {
                diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, source.Path, line, 0,
                    $"{CsvImporter.MaxUnclosedQuotes} unclosed quotes: the rest of the file after line {line} is not read"));
                break;
            }

            // Go on at the line after the one where the bad record started.
            var next = OffsetAfterLine(text, start, line - lineBase);
            if (next >= text.Length)
            {
                break;
            }

            lineBase = line;
            start = next;
        }

        if (records.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning(ImportDiagnosticCodes.UnreadableEntry, source.Path, 1, 0,
                "the file is empty: no header row and no talks"));
            return null;
        }

        return new CsvTable(sep, records[0], records.GetRange(1, records.Count - 1));
    }

    // Reads records until the end of the text, or until a record with a quote it never closes: then
    // that record's line (1-based, absolute), and the records after it are not read here.
    private static int? ReadChunk(string text, char separator, int lineBase, List<CsvRecord> records, string path, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // By the line where the record starts: the parser may find a problem before it returns the records ahead of it.
        var malformed = new Dictionary<long, CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = false,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = r => malformed.TryAdd(r.LineNumber, r),
        };

        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            if (records.Count % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var line = lineBase + (int)reader.LineNumber;
            if (malformed.Remove(reader.LineNumber, out var bad))
            {
                // A quote never closed runs to the end; one closed lines later by the next cell's
                // opening quote shows as text after a closing quote, in a record spanning lines: both
                // are a quote the row forgot to close, so both are read again from the next line.
                if (bad.Reason == CsvMalformedReason.UnterminatedQuote
                    || (bad.Reason == CsvMalformedReason.TextAfterClosingQuote && bad.RawRecord.AsSpan().ContainsAny('\r', '\n')))
                {
                    return line;
                }

                if (bad.Reason == CsvMalformedReason.TextAfterClosingQuote)
                {
                    // Read as Python's csv module and pandas read it ("ab"c is abc), and said.
                    diagnostics.Add(Diagnostic.Warning(ImportDiagnosticCodes.UnreadableEntry, path, line, 0,
                        "a cell has text after its closing quote; read with the quotes removed, as spreadsheets and Python read it"));
                }

                // A quote inside an unquoted cell (12" records) is text to every reader: nothing to say.
            }

            var count = reader.FieldCount;
            var cells = new string[count];
            var quoted = new bool[count];
            for (var i = 0; i < count; i++)
            {
                cells[i] = reader.GetString(i) ?? "";
                quoted[i] = reader.GetRawSpan(i) is [(byte)'"', ..];
            }

            records.Add(new CsvRecord(line, cells, quoted));
        }

        return null;
    }

    // The offset of the line after line `line` (1-based) of text[start..], counting CRLF, LF and a
    // lone CR each as one line end, as CsvHelper counts them.
    private static int OffsetAfterLine(string text, int start, long line)
    {
        var i = start;
        for (var seen = 0L; seen < line && i < text.Length; seen++)
        {
            var end = text.AsSpan(i).IndexOfAny('\r', '\n');
            if (end < 0)
            {
                return text.Length;
            }

            i += end;
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
        }

        return i;
    }
}
