using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Xlsx;

/// <summary>
/// An Excel workbook for academic reporting: a "Talks" sheet (one row per talk; an Excel table with
/// a filter, a frozen header, day dates as date cells, links as hyperlinks) and a "Summary" sheet
/// (talks per person and kind, per person and year, with totals). Each talk counts for the owner of
/// the site it is on; over several members' sites (<c>report --report-format xlsx</c>) a talk on two
/// sites counts once for the department and once for each person, as in <c>report --by</c>.
/// </summary>
public sealed class XlsxExporter : ITalkExporter
{
    /// <inheritdoc/>
    public string Id => "xlsx";

    /// <inheritdoc/>
    public string DisplayName => "Excel workbook";

    /// <inheritdoc/>
    public string Extension => ".xlsx";

    /// <inheritdoc/>
    public string Description => "An Excel workbook: a filterable Talks table and a Summary of talks per person, kind and year.";

    /// <inheritdoc/>
    public bool IsBinary => true;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options { get; } = [];

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        // A total order: the same talks in any order give the same workbook (copies of one talk from two sites tie on date and title).
        var ordered = talks.Order(TalkOrder.NewestFirst)
            .ThenBy(t => t.Source.FullPath ?? t.Source.Path, StringComparer.Ordinal)
            .ThenBy(t => t.Source.Line)
            .ToList();
        var bytes = TalkWorkbook.Create(ordered);
        try
        {
            using var stream = target.Open();
            stream.Write(bytes);
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"{target.DisplayName}: {e.Message}", target.DisplayName, e);
        }
    }
}
