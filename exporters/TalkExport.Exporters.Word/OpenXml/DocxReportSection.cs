using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkExport.Core.Exporting.Reporting;
using TalkExport.Core.Model;
using TalkExport.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>
/// A report section (<c>docx --report</c>, <c>report --report-format docx</c>): a heading, one line
/// of totals, a table of talks per person and kind (each person's total, the department's row
/// counting a shared talk once), and a native chart of talks per year by kind — the same numbers as
/// <c>report --by owner --by kind</c> and the workbook's Summary.
/// </summary>
internal static class DocxReportSection
{
    // 16 x 9 cm: a chart that fits an A4 or Letter text width.
    private const long ChartWidth = 5_760_000;
    private const long ChartHeight = 3_240_000;

    public static IEnumerable<OpenXmlElement> Write(MainDocumentPart main, CvStyleIds ids, IReadOnlyList<Talk> talks, string heading)
    {
        var byOwner = DepartmentReport.Of(talks, [ReportDimension.Owner, ReportDimension.Kind], AcademicYear.Default);
        var kinds = DepartmentReport.Of(talks, [ReportDimension.Kind], AcademicYear.Default).Groups;
        yield return Styled(ids.Heading1, heading);
        yield return new Paragraph(new Run(new Text(Headline(byOwner))));
        yield return Table(byOwner, kinds);

        var chart = YearKindChartData.Of(talks);
        if (chart.Years.Count > 0)
        {
            main.AddNewPart<ChartPart>("rIdChart1").ChartSpace = YearKindChartSpace.Create(chart, null);
            yield return new Paragraph(new Run(ChartDrawing("rIdChart1")));
        }
    }

    private static string Headline(DepartmentReport r)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{r.Total} talks ({r.Records} records on {r.Sites} {(r.Sites == 1 ? "site" : "sites")}).");
        return r.Shared.Count == 0 ? line
            : line + string.Create(CultureInfo.InvariantCulture, $" {r.Shared.Count} {(r.Shared.Count == 1 ? "talk is" : "talks are")} on several members' sites: counted once for the department, once for each person.");
    }

    private static Table Table(DepartmentReport byOwner, IReadOnlyList<ReportGroup> kinds)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableGrid(Enumerable.Range(0, kinds.Count + 2).Select(_ => new GridColumn())));
        table.Append(Row(true, ["person", .. kinds.Select(k => Label(k.Key)), "total"]));
        foreach (var person in byOwner.Groups)
        {
            table.Append(Row(false, [person.Key, .. kinds.Select(k => Count(person.Groups.FirstOrDefault(g => g.Key == k.Key)?.Count ?? 0)), Count(person.Count)]));
        }

        table.Append(Row(true, ["department (each talk once)", .. kinds.Select(k => Count(k.Count)), Count(byOwner.Total)]));
        return table;
    }

    private static TableRow Row(bool bold, IReadOnlyList<string> cells) => new(cells.Select((text, c) => new TableCell(
        new Paragraph(
            new ParagraphProperties(new Justification { Val = c == 0 ? JustificationValues.Left : JustificationValues.Right }),
            new Run(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(XmlText.Clean(text)))))));

    private static string Label(string kind) => TalkKinds.TryParse(kind, out var k) ? k.Label() : kind;

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static Paragraph Styled(string style, string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = style }),
        new Run(new Text(XmlText.Clean(text))));

    // An inline drawing that shows the chart part, as Word writes one.
    private static Drawing ChartDrawing(string id) => new(new Wp.Inline(
        new Wp.Extent { Cx = ChartWidth, Cy = ChartHeight },
        new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
        new Wp.DocProperties { Id = 1, Name = "Talks per year by kind" },
        new Wp.NonVisualGraphicFrameDrawingProperties(),
        new A.Graphic(new A.GraphicData(new C.ChartReference { Id = id }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
    {
        DistanceFromTop = 0,
        DistanceFromBottom = 0,
        DistanceFromLeft = 0,
        DistanceFromRight = 0,
    });
}
