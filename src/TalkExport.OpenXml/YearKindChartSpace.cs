using TalkExport.Core.Exporting.Reporting;
using TalkExport.Core.Model;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace TalkExport.OpenXml;

/// <summary>Where a workbook holds a chart's data: the sheet, and the first data row (1-based; kind names in the row above, years in column A, counts from column B).</summary>
/// <param name="Sheet">The sheet's name.</param>
/// <param name="FirstDataRow">The row of the first year.</param>
public sealed record ChartCells(string Sheet, int FirstDataRow);

/// <summary>
/// The DrawingML chart of talks per year by kind, stacked columns, for a workbook (its series refer
/// to the sheet's cells, with their values cached) or a Word document (literal values: a document
/// has no cells). Colours from <see cref="YearKindChartData.Colour"/>, so every chart of a report matches.
/// </summary>
public static class YearKindChartSpace
{
    /// <summary>The chart of <paramref name="data"/>; with <paramref name="cells"/>, its series refer to them.</summary>
    public static C.ChartSpace Create(YearKindChartData data, ChartCells? cells, string title = "Talks per year by kind")
    {
        ArgumentNullException.ThrowIfNull(data);
        var bars = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Stacked },
            new C.VaryColors { Val = false });
        for (var k = 0; k < data.Kinds.Count; k++)
        {
            var counts = data.Counts.Select(row => row[k]).ToList();
            bars.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)k },
                new C.Order { Val = (uint)k },
                SeriesName(data.Kinds[k].Label(), k, cells),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = YearKindChartData.Colour(k) })),
                new C.InvertIfNegative { Val = false },
                Categories(data.Years, cells),
                Values(counts, k, data.Years.Count, cells)));
        }

        bars.Append(new C.GapWidth { Val = 80 }, new C.Overlap { Val = 100 }, new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 });
        return new C.ChartSpace(
            new C.EditingLanguage { Val = "en-US" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.Text(title))))), new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(new C.Layout(), bars, CategoryAxis(), ValueAxis()),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Right }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
    }

    private static C.SeriesText SeriesName(string name, int kind, ChartCells? cells) => cells is null
        ? new C.SeriesText(new C.NumericValue(name))
        : new C.SeriesText(new C.StringReference(new C.Formula($"'{cells.Sheet}'!${Column(kind)}${cells.FirstDataRow - 1}"), StringCache([name])));

    private static C.CategoryAxisData Categories(IReadOnlyList<string> years, ChartCells? cells)
    {
        if (cells is null)
        {
            var literal = new C.StringLiteral(new C.PointCount { Val = (uint)years.Count });
            literal.Append(years.Select((y, i) => new C.StringPoint(new C.NumericValue(y)) { Index = (uint)i }));
            return new C.CategoryAxisData(literal);
        }

        return new C.CategoryAxisData(new C.StringReference(new C.Formula($"'{cells.Sheet}'!$A${cells.FirstDataRow}:$A${cells.FirstDataRow + years.Count - 1}"), StringCache(years)));
    }

    private static C.Values Values(List<int> counts, int kind, int years, ChartCells? cells)
    {
        var points = counts.Select((n, i) => new C.NumericPoint(new C.NumericValue(n.ToString(System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i });
        if (cells is null)
        {
            var literal = new C.NumberLiteral(new C.FormatCode("General"), new C.PointCount { Val = (uint)counts.Count });
            literal.Append(points);
            return new C.Values(literal);
        }

        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)counts.Count });
        cache.Append(points);
        var column = Column(kind);
        return new C.Values(new C.NumberReference(new C.Formula($"'{cells.Sheet}'!${column}${cells.FirstDataRow}:${column}${cells.FirstDataRow + years - 1}"), cache));
    }

    private static C.StringCache StringCache(IReadOnlyList<string> values)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)values.Count });
        cache.Append(values.Select((v, i) => new C.StringPoint(new C.NumericValue(v)) { Index = (uint)i }));
        return cache;
    }

    // Column B for the first kind: column A holds the years.
    private static string Column(int kind) => SpreadsheetColumns.Name(kind + 1);

    private static C.CategoryAxis CategoryAxis() => new(
        new C.AxisId { Val = 1 },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = 2 },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = false });

    private static C.ValueAxis ValueAxis() => new(
        new C.AxisId { Val = 2 },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Left },
        new C.MajorGridlines(),
        new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        new C.CrossingAxis { Val = 1 },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.CrossBetween { Val = C.CrossBetweenValues.Between },
        new C.MajorUnit { Val = 1 });
}
