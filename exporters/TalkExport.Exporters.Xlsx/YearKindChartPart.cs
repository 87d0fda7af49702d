using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace TalkExport.Exporters.Xlsx;

/// <summary>
/// A native Excel chart (DrawingML) of talks per year by kind, stacked columns, drawn from the
/// Summary sheet's year × kind table, with the values cached in the chart so that a reader that
/// does not recalculate shows it too. Colours as in the SVG chart (Okabe–Ito).
/// </summary>
internal static class YearKindChartPart
{
    private static readonly string[] Palette = ["0072B2", "E69F00", "009E73", "CC79A7", "56B4E9", "D55E00", "F0E442", "000000"];

    /// <summary>The data: one row per year from <paramref name="firstDataRow"/> (1-based), the kinds in columns B onwards, their names in the row above.</summary>
    public static void Add(WorksheetPart sheet, string sheetName, int firstDataRow, IReadOnlyList<string> years, IReadOnlyList<string> kinds, int[][] counts, int anchorRow)
    {
        var drawings = sheet.AddNewPart<DrawingsPart>("rIdDrawing");
        var chart = drawings.AddNewPart<ChartPart>("rIdChart");
        var lastDataRow = firstDataRow + years.Count - 1;
        var categories = $"'{sheetName}'!$A${firstDataRow}:$A${lastDataRow}";

        var bars = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Stacked },
            new C.VaryColors { Val = false });
        for (var k = 0; k < kinds.Count; k++)
        {
            var column = TalkWorkbook.ColumnName(k + 1);
            bars.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)k },
                new C.Order { Val = (uint)k },
                new C.SeriesText(new C.StringReference(new C.Formula($"'{sheetName}'!${column}${firstDataRow - 1}"), StringCache([kinds[k]]))),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = Palette[k % Palette.Length] })),
                new C.InvertIfNegative { Val = false },
                new C.CategoryAxisData(new C.StringReference(new C.Formula(categories), StringCache(years))),
                new C.Values(new C.NumberReference(new C.Formula($"'{sheetName}'!${column}${firstDataRow}:${column}${lastDataRow}"), NumberCache(counts.Select(row => row[k]).ToList())))));
        }

        bars.Append(new C.GapWidth { Val = 80 }, new C.Overlap { Val = 100 }, new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 });
        chart.ChartSpace = new C.ChartSpace(
            new C.EditingLanguage { Val = "en-US" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.Text("Talks per year by kind"))))), new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(
                    new C.Layout(),
                    bars,
                    new C.CategoryAxis(
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
                        new C.NoMultiLevelLabels { Val = false }),
                    new C.ValueAxis(
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
                        new C.MajorUnit { Val = 1 })),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Right }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));

        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(new Xdr.TwoCellAnchor(
            new Xdr.FromMarker(new Xdr.ColumnId("0"), new Xdr.ColumnOffset("0"), new Xdr.RowId((anchorRow - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
            new Xdr.ToMarker(new Xdr.ColumnId("8"), new Xdr.ColumnOffset("0"), new Xdr.RowId((anchorRow + 19).ToString(System.Globalization.CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(new Xdr.NonVisualDrawingProperties { Id = 2, Name = "Talks per year by kind" }, new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = "rIdChart" }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            { Macro = "" },
            new Xdr.ClientData()));
    }

    private static C.StringCache StringCache(IReadOnlyList<string> values)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(CellText.Clean(values[i]))) { Index = (uint)i });
        }

        return cache;
    }

    private static C.NumberingCache NumberCache(List<int> values)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            cache.Append(new C.NumericPoint(new C.NumericValue(values[i].ToString(System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        return cache;
    }
}
