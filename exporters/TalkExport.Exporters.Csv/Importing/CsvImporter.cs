using TalkExport.Core.Importing;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Csv.Importing;

/// <summary>
/// Reads talks from a spreadsheet table: the CSV our own <see cref="CsvExporter"/> writes (any of its
/// columns, in any order, with any of its separators, its formula guard undone) and academicpages'
/// <c>markdown_generator/talks.tsv</c>, the template's input for generating talk pages. The columns
/// are chosen by the header, matched ignoring case; a .tsv is tab-separated, a .csv's separator
/// (comma, semicolon as Excel writes it in many European locales, or tab) is read from its header.
/// </summary>
public sealed class CsvImporter : ITalkImporter
{
    /// <summary>
    /// How many unclosed quotes are recovered from (each an error; the lines after it are read as rows)
    /// before the rest of the file is given up: each recovery parses the rest of the file again, so a
    /// hostile file with a quote on every line would otherwise cost a parse per line.
    /// </summary>
    public const int MaxUnclosedQuotes = 20;

    /// <inheritdoc/>
    public string Id => "csv";

    /// <inheritdoc/>
    public string Description => "A CSV/TSV table of talks: TalkExport's own CSV export, or academicpages' markdown_generator/talks.tsv.";

    /// <inheritdoc/>
    public bool Recognises(string path, ReadOnlySpan<char> head)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SourceShape.HasExtension(path, ".csv", ".tsv");
    }

    /// <inheritdoc/>
    public ImportBatch Read(ImportSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var batch = new ImportBatch();
        var separator = SourceShape.HasExtension(source.Path, ".tsv") ? '\t' : (char?)null;
        if (CsvTableReader.Read(source, separator, batch.Diagnostics, cancellationToken) is not { } table
            || CsvHeader.Read(table.Header, source.Path, batch.Diagnostics) is not { } header)
        {
            return batch;
        }

        if (header.Unknown.Count > 0)
        {
            batch.Diagnostics.Add(Diagnostic.Info(ImportDiagnosticCodes.FieldLost, source.Path, table.Header.Line, 0,
                $"columns not read (no talk field takes them): {string.Join(", ", header.Unknown)}"));
        }

        var probe = new CsvRowMapper(header, source.Path, CsvDates.SlashOrder.MonthFirst);
        var order = CsvDates.OrderOf(table.Records.SelectMany(r => new[] { probe.Cell(r, CsvField.Date), probe.Cell(r, CsvField.EndDate) }));
        var mapper = new CsvRowMapper(header, source.Path, order);
        var slugs = 0;
        foreach (var row in table.Records)
        {
            if (row.IsBlank)
            {
                continue;
            }

            if (mapper.Map(row, batch.Diagnostics, out var notTalk) is { } talk)
            {
                batch.Talks.Add(talk);
                slugs += string.IsNullOrWhiteSpace(mapper.Cell(row, CsvField.Slug)) ? 0 : 1;
            }
            else if (notTalk)
            {
                batch.NotTalks++;
            }
        }

        if (slugs > 0)
        {
            // Once per file: the slug named the page the generator made (/talks/DATE-SLUG); the site's
            // writer names the new record itself.
            batch.Diagnostics.Add(Diagnostic.Warning(ImportDiagnosticCodes.FieldLost, source.Path, table.Header.Line, 0,
                $"url_slug is not imported ({slugs} rows have one): a talk has no place for the old page's file name, so the new records are named by the site's own rule"));
        }

        return batch;
    }
}
