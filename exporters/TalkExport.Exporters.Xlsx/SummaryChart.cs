using DocumentFormat.OpenXml.Packaging;
using TalkExport.Core.Exporting.Reporting;
using TalkExport.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace TalkExport.Exporters.Xlsx;

/// <summary>The Summary sheet's native chart: talks per year by kind, drawn from its year × kind table, below it.</summary>
internal static class SummaryChart
{
    /// <summary>Adds the chart of <paramref name="data"/>, whose table starts at <paramref name="cells"/>, anchored at 1-based <paramref name="anchorRow"/>.</summary>
    public static void Add(WorksheetPart sheet, YearKindChartData data, ChartCells cells, int anchorRow)
    {
        var drawings = sheet.AddNewPart<DrawingsPart>("rIdDrawing");
        drawings.AddNewPart<ChartPart>("rIdChart").ChartSpace = YearKindChartSpace.Create(data, cells);
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(new Xdr.TwoCellAnchor(
            Marker<Xdr.FromMarker>(0, anchorRow - 1),
            Marker<Xdr.ToMarker>(8, anchorRow + 19),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(new Xdr.NonVisualDrawingProperties { Id = 2, Name = "Talks per year by kind" }, new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = "rIdChart" }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            { Macro = "" },
            new Xdr.ClientData()));
    }

    private static T Marker<T>(int column, int row)
        where T : DocumentFormat.OpenXml.OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(
            new Xdr.ColumnId(column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }
}
