using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Exporters.Csv.Importing;

/// <summary>One row of an imported table to a talk, by the columns its header names.</summary>
internal sealed class CsvRowMapper(CsvHeader header, string path, CsvDates.SlashOrder slashOrder)
{
    /// <summary>
    /// The row's talk; null when it is not read (an error says why) or, with <paramref name="notTalk"/>,
    /// when its type says the person attended or organised rather than spoke.
    /// </summary>
    public Talk? Map(CsvRecord row, List<Diagnostic> diagnostics, out bool notTalk)
    {
        notTalk = false;
        if (row.Cells.Length > header.Width && row.Cells.Skip(header.Width).Any(c => !string.IsNullOrWhiteSpace(c)))
        {
            diagnostics.Add(Diagnostic.Warning(ImportDiagnosticCodes.FieldLost, path, row.Line, 0,
                $"the row has {row.Cells.Length} cells but the header {header.Width}: the cells after the last column are not read"));
        }

        if (Title(row) is not { } title)
        {
            diagnostics.Add(Error(row, "row not read: its title is empty"));
            return null;
        }

        if (!TryDate(row, CsvField.Date, out var date, diagnostics) || !TryDate(row, CsvField.EndDate, out var endDate, diagnostics))
        {
            return null;
        }

        if (date is null && TextCleaner.SingleLine(Cell(row, CsvField.Year)) is { } yearText)
        {
            if (yearText.Length != 4 || !TalkDate.TryParseIso(yearText, out var year))
            {
                diagnostics.Add(Error(row, $"row not read: its year '{yearText}' is not a year"));
                return null;
            }

            date = year;
        }

        var venue = TextCleaner.SingleLine(Cell(row, CsvField.Venue));
        var explicitType = TextCleaner.SingleLine(Cell(row, CsvField.KindPhrase));
        if (KindRules.IsNotGivenByOwner(explicitType))
        {
            notTalk = true;
            return null;
        }

        var links = Links(row, diagnostics, out var videoInAbstract, out var abstractText);
        return new Talk
        {
            Title = title,
            Date = date,
            EndDate = endDate,
            Authors = [.. CsvCells.Items(Cell(row, CsvField.Authors)).Select(PersonNames.Parse).OfType<Person>()],
            Kind = TalkKinds.TryParse(Cell(row, CsvField.KindId), out var kind) ? kind : KindRules.Infer(explicitType ?? TextCleaner.SingleLine(Cell(row, CsvField.KindId)), title, venue),
            Venue = venue,
            Location = TextCleaner.SingleLine(Cell(row, CsvField.Location)),
            Institution = TextCleaner.SingleLine(Cell(row, CsvField.Institution)),
            Abstract = abstractText,
            Tags = [.. CsvCells.Items(Cell(row, CsvField.Tags))],
            Links = links.Video is null && videoInAbstract is not null ? links with { Video = videoInAbstract } : links,
            Language = TextCleaner.SingleLine(Cell(row, CsvField.Language)),
            BibTeX = CsvCells.MultiLine(Cell(row, CsvField.BibTeX)),
            Extra = Extras(row),
            Source = new SourceLocation(path, row.Line) { InDataFile = true },
        };
    }

    /// <summary>The cell of <paramref name="field"/>; null when the table has no such column or the row is short.</summary>
    public string? Cell(CsvRecord row, CsvField field) => Cell(row, header.IndexOf(field));

    private string? Cell(CsvRecord row, int index)
    {
        if (index < 0 || index >= row.Cells.Length)
        {
            return null;
        }

        // Only our exporter guards formulas; academicpages' "'" is the person's own.
        return header.IsAcademicPages ? row.Cells[index] : CsvCells.Unguarded(row.Cells[index], row.Quoted[index]);
    }

    // academicpages' layout prints the title through Markdown (markdownify), as its reader reads it.
    private string? Title(CsvRecord row)
    {
        var text = Cell(row, CsvField.Title);
        return header.IsAcademicPages && text is not null && InlineMarkdown.MayHaveMarkup(text)
            ? TextCleaner.SingleLine(InlineMarkdown.Convert(text).Text)
            : TextCleaner.SingleLine(text);
    }

    private bool TryDate(CsvRecord row, CsvField field, out TalkDate? date, List<Diagnostic> diagnostics)
    {
        date = null;
        var text = TextCleaner.SingleLine(Cell(row, field));
        if (text is null)
        {
            return true;
        }

        if (CsvDates.TryParse(text, slashOrder, out var parsed))
        {
            date = parsed;
            return true;
        }

        var column = field == CsvField.Date ? "date" : "end date";
        diagnostics.Add(Error(row, $"row not read: its {column} '{text}' is not a date (YYYY-MM-DD, YYYY-MM, YYYY, M/D/YYYY, M/D/YY or D.M.YYYY)"));
        return false;
    }

    private TalkLinks Links(CsvRecord row, List<Diagnostic> diagnostics, out string? videoInAbstract, out string? abstractText)
    {
        var slides = Link(row, CsvField.Slides, "slides", diagnostics);
        var eventPage = Link(row, CsvField.Event, "event", diagnostics);
        if (Link(row, CsvField.SlidesOrEvent, "talk_url", diagnostics) is { } talkUrl)
        {
            // As academicpages' reader takes talk_url: the slides when it names a file, else the event's page.
            if (LinkKinds.IsFile(talkUrl))
            {
                slides ??= talkUrl;
            }
            else
            {
                eventPage ??= talkUrl;
            }
        }

        videoInAbstract = null;
        abstractText = CsvCells.MultiLine(Cell(row, CsvField.Abstract));
        if (abstractText is null && Cell(row, CsvField.Description) is { } description)
        {
            // The generator makes the description the page's Markdown body.
            var plain = MarkdownText.Convert(description);
            abstractText = plain.Text.Length == 0 ? null : plain.Text;
            videoInAbstract = plain.Links.FirstOrDefault(l => LinkKinds.IsVideo(l) && LinkPolicy.Refusal(l) is null);
        }

        return new TalkLinks
        {
            Page = Link(row, CsvField.Page, "page", diagnostics),
            Slides = slides,
            Video = Link(row, CsvField.Video, "video", diagnostics),
            Event = eventPage,
            Code = Link(row, CsvField.Code, "code", diagnostics),
        };
    }

    private string? Link(CsvRecord row, CsvField field, string role, List<Diagnostic> diagnostics)
    {
        var link = CsvCells.Link(Cell(row, field), out var refusal);
        if (refusal is not null)
        {
            diagnostics.Add(Diagnostic.Warning(ImportDiagnosticCodes.FieldLost, path, row.Line, 0, $"the {role} link is left out: {refusal}"));
        }

        return link;
    }

    private List<KeyValuePair<string, FrontMatterValue>> Extras(CsvRecord row)
    {
        var extras = new List<KeyValuePair<string, FrontMatterValue>>(0);
        foreach (var (index, key) in header.Extras)
        {
            if (CsvCells.MultiLine(Cell(row, index)) is { } value)
            {
                extras.Add(new(key, new FrontMatterScalar(value) { Line = row.Line }));
            }
        }

        return extras;
    }

    private Diagnostic Error(CsvRecord row, string message) =>
        Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, row.Line, 0, message);
}
