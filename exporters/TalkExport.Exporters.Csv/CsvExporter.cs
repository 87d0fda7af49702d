using CsvHelper;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Csv;

/// <summary>
/// RFC 4180 CSV for spreadsheets and scripts, written by CsvHelper 34: a header row and one row
/// per talk; quoting, the BOM, the line end, the separator and the formula-injection guard are
/// CsvHelper's own options.
/// </summary>
public sealed class CsvExporter : ITalkExporter
{
    /// <summary>Option: the columns to write, in order.</summary>
    public const string ColumnsOption = "columns";

    /// <summary>Option: the field separator.</summary>
    public const string DelimiterOption = "delimiter";

    /// <summary>Option: start with a UTF-8 byte-order mark (for Excel).</summary>
    public const string BomOption = "bom";

    /// <summary>Option: crlf or lf.</summary>
    public const string NewLineOption = "newline";

    /// <summary>Option: turn the formula-injection guard off.</summary>
    public const string NoFormulaGuardOption = "no-formula-guard";

    /// <summary>Option: how list values (authors, tags) are joined.</summary>
    public const string ListSeparatorOption = "list-separator";

    /// <summary>Option: how the abstract's paragraphs are joined.</summary>
    public const string AbstractParagraphsOption = "abstract-paragraphs";

    /// <summary>Option: write cells longer than Excel's limit whole.</summary>
    public const string KeepLongCellsOption = "keep-long-cells";

    /// <summary>The most characters (UTF-16 code units) Excel keeps in a cell; it cuts the rest without a word.</summary>
    public const int ExcelCellLimit = 32_767;

    /// <inheritdoc/>
    public string Id => "csv";

    /// <inheritdoc/>
    public string DisplayName => "CSV";

    /// <inheritdoc/>
    public string Extension => ".csv";

    /// <inheritdoc/>
    public string Description => "A spreadsheet table (RFC 4180), one row per talk, with a formula-injection guard.";

    /// <inheritdoc/>
    public bool IsBinary => false;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options { get; } =
    [
        new(ColumnsOption, "Columns to write, in order (e.g. date,title,venue; extra.<key> for any front-matter key).", ExporterOptionKind.List)
        {
            AllowedValues = CsvColumns.All,
            DefaultValue = string.Join(',', CsvColumns.Default),
        },
        new(DelimiterOption, "Field separator: ',' ';' '\\t' (or 'tab') '|'.") { DefaultValue = "," },
        new(BomOption, "Start with a UTF-8 byte-order mark so that Excel reads UTF-8.", ExporterOptionKind.Flag) { Aliases = ["--excel"] },
        new(NewLineOption, "Line end of each record.") { AllowedValues = ["crlf", "lf"], DefaultValue = "crlf" },
        new(NoFormulaGuardOption, "Do not prefix cells starting with = + - @ with ' (only for files no spreadsheet opens).", ExporterOptionKind.Flag),
        new(ListSeparatorOption, "Joins authors and tags.") { DefaultValue = "; " },
        new(AbstractParagraphsOption, "Keep the abstract's paragraphs (blank-line) or join them with a space.") { AllowedValues = ["blank-line", "space"], DefaultValue = "blank-line" },
        new(KeepLongCellsOption, "Write cells longer than Excel's 32,767-character limit whole (by default they are cut there, with a warning).", ExporterOptionKind.Flag),
    ];

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var settings = CsvSettings.From(context);
        talks = CitationKeys.EnsureAssigned(talks, new CitationKeyOptions { Owner = context.Site.Owner });
        var getters = CsvColumns.Resolve(settings.Columns);
        ReportEmptyExtraColumns(talks, settings, context);
        var options = new CsvWriterOptions
        {
            Separator = settings.Separator,
            NewLine = settings.NewLine,
            WriteByteOrderMark = settings.ByteOrderMark,
            Injection = settings.FormulaGuard ? CsvInjection.Escape : CsvInjection.None,
        };

        try
        {
            using var stream = target.Open();
            using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
            csv.WriteHeader([.. settings.Columns]);
            var row = new string?[getters.Count];
            foreach (var talk in talks)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < getters.Count; i++)
                {
                    row[i] = getters[i](talk, settings) is { } value ? Capped(CsvCellText.Clean(value), talk, settings, i, context) : null;
                }

                csv.WriteRecord(row!);
            }
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"Cannot write {target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }

    // Excel keeps 32,767 characters of a cell and drops the rest silently (a 5 MB body as the
    // abstract); cut there, visibly and with a warning, unless the file is not meant for Excel.
    private static string Capped(string cell, Talk talk, CsvSettings settings, int column, ExportContext context)
    {
        if (cell.Length <= ExcelCellLimit || settings.KeepLongCells)
        {
            return cell;
        }

        var keep = ExcelCellLimit - 1;
        if (char.IsHighSurrogate(cell[keep - 1]))
        {
            keep--;
        }

        context.Report(Diagnostic.Warning(CsvDiagnosticCodes.CellCut, talk.Source.Path, talk.Source.Line, 0,
            $"the '{settings.Columns[column]}' cell has {cell.Length:N0} characters; it is cut to Excel's limit of {ExcelCellLimit:N0} (ending in …); --{KeepLongCellsOption} writes it whole."));
        return string.Concat(cell.AsSpan(0, keep), "…");
    }

    private static void ReportEmptyExtraColumns(IReadOnlyList<Talk> talks, CsvSettings settings, ExportContext context)
    {
        if (talks.Count == 0)
        {
            return;
        }

        foreach (var column in settings.Columns.Where(c => c.StartsWith(CsvColumns.ExtraPrefix, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            var key = column[CsvColumns.ExtraPrefix.Length..];
            if (talks.All(t => CsvColumns.ExtraValue(t, key, settings.ListSeparator) is null))
            {
                context.Report(Diagnostic.Warning(CsvDiagnosticCodes.ExtraColumnEmpty, "", 0, 0, $"Column '{column}' is empty: no exported talk has the front-matter key '{key}'."));
            }
        }
    }
}
