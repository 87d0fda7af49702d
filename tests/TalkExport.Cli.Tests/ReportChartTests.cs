using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using TalkExport.Cli.Tests.Support;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests;

/// <summary>
/// <c>report --report-format svg</c>: the chart's bars are the numbers of <c>report --by year --by
/// kind</c>, and the two programs that show SVG here — headless Chromium and LibreOffice Draw —
/// render it: the screenshots are checked by size and by the colour in the middle of each bar.
/// </summary>
public sealed class ReportChartTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly DepartmentSites _department = new();

    private TempDirectory Temp => _department.Temp;

    private string[] Sites => _department.Paths;

    public void Dispose() => _department.Dispose();

    [Fact]
    public void Svg_BarsAreTheReportsNumbers()
    {
        var (svg, _) = Chart();
        var json = CliRunner.Run(["report", .. Sites, "--by", "year,kind", "--report-format", "json"]);
        using var report = JsonDocument.Parse(json.Stdout);

        var bars = Bars(svg).Select(b => b.Title).Order(StringComparer.Ordinal).ToList();
        var expected = report.RootElement.GetProperty("groups").EnumerateArray()
            .SelectMany(y => y.GetProperty("groups").EnumerateArray().Select(k => $"{y.GetProperty("year").GetString()}, {Label(k.GetProperty("kind").GetString()!)}: {k.GetProperty("count").GetInt32()}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, bars);
        Assert.Equal(["2020, Invited talk: 1", "2021, Talk: 3"], bars); // the shared talk once
        Assert.Contains("on several members' sites, counted once", svg.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Chromium_RendersEveryBarInItsColour()
    {
        var chromium = ExternalTool.Require("chromium");
        var (svg, file) = Chart();
        var png = Temp.Combine("chromium.png");

        var result = ExternalTool.Run(
            chromium,
            ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={Temp.Combine("chromium-profile")}", $"--screenshot={png}", "--window-size=760,420", new Uri(file).AbsoluteUri],
            timeout: TimeSpan.FromMinutes(2));

        Assert.True(File.Exists(png), result.ToString());
        CheckPixels(svg, png, 760, 420);
    }

    [Fact]
    public void LibreOfficeDraw_ConvertsItWithEveryBarInItsColour()
    {
        var soffice = ExternalTool.Require("soffice");
        var (svg, file) = Chart();

        var result = ExternalTool.Run(
            soffice,
            [$"-env:UserInstallation=file://{Temp.Combine("lo-profile")}", "--headless", "--convert-to", "png", "--outdir", Temp.Combine("lo"), file],
            timeout: TimeSpan.FromMinutes(2));

        var png = Temp.Combine("lo", "chart.png");
        Assert.True(File.Exists(png), result.ToString());
        CheckPixels(svg, png, 760, 420);
    }

    private (XDocument Svg, string File) Chart()
    {
        var file = Temp.Combine("chart.svg");
        var r = CliRunner.Run(["report", .. Sites, "--report-format", "svg", "-o", file]);
        Assert.True(r.ExitCode == 0, r.ToString());
        return (XDocument.Load(file), file);
    }

    private static List<(double X, double Y, double Width, double Height, string Fill, string Title)> Bars(XDocument svg) =>
        [.. svg.Descendants(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).Select(r => (
            Number(r, "x"), Number(r, "y"), Number(r, "width"), Number(r, "height"), (string)r.Attribute("fill")!, r.Element(Svg + "title")!.Value))];

    private static double Number(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    private static string Label(string kind) => TalkExport.Core.Model.TalkKinds.TryParse(kind, out var k) ? TalkExport.Core.Model.TalkKinds.Label(k) : kind;

    // The image is about the SVG's size (LibreOffice adds a pixel), its corner is the white
    // background, and the middle of every bar has that bar's colour (within a little antialiasing).
    private static void CheckPixels(XDocument svg, string png, int width, int height)
    {
        var python = ExternalTool.RequirePythonWith("PIL", "Pillow", "python3-pil");
        var bars = Bars(svg);
        var points = string.Join(";", bars.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.X + (b.Width / 2)},{b.Y + (b.Height / 2)}")));
        const string Script =
            "import sys\nfrom PIL import Image\nim = Image.open(sys.argv[1]).convert('RGB')\nsx = im.size[0] / float(sys.argv[2]); sy = im.size[1] / float(sys.argv[3])\n"
            + "print('%d %d' % im.size)\nprint('%02X%02X%02X' % im.getpixel((2, 2)))\n"
            + "for p in sys.argv[4].split(';'):\n    x, y = map(float, p.split(','))\n    print('%02X%02X%02X' % im.getpixel((int(x * sx), int(y * sy))))\n";
        var result = ExternalTool.Run(python, ["-c", Script, png, width.ToString(CultureInfo.InvariantCulture), height.ToString(CultureInfo.InvariantCulture), points]);
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var size = lines[0].Split(' ').Select(int.Parse).ToArray();
        Assert.InRange(size[0], width, width + 2);
        Assert.InRange(size[1], height, height + 2);
        Assert.Equal("FFFFFF", lines[1]);
        for (var i = 0; i < bars.Count; i++)
        {
            Assert.True(Close(bars[i].Fill.TrimStart('#'), lines[i + 2]), $"{bars[i].Title}: {lines[i + 2]} instead of {bars[i].Fill}");
        }
    }

    private static bool Close(string expected, string actual) =>
        Enumerable.Range(0, 3).All(c => Math.Abs(Convert.ToInt32(expected.Substring(c * 2, 2), 16) - Convert.ToInt32(actual.Substring(c * 2, 2), 16)) <= 8);
}
