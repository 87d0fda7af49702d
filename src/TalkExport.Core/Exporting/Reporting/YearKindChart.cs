using System.Globalization;
using System.Security;
using System.Text;
using TalkExport.Core.Model;

namespace TalkExport.Core.Exporting.Reporting;

/// <summary>
/// Talks per year by kind as a stacked bar chart in SVG 1.1 (<c>report --report-format svg</c>): plain
/// shapes and text, no script, no external font or image, so browsers, LibreOffice and Word show
/// it alike. Counted for the department: a talk on two members' sites is one talk. Undated talks
/// have no bar (the caption says how many).
/// </summary>
public static class YearKindChart
{
    private const int Width = 760;
    private const int Height = 420;
    private const int Left = 56;
    private const int Right = 170;
    private const int Top = 48;
    private const int Bottom = 48;

    /// <summary>The chart of <paramref name="talks"/>, as an SVG document (UTF-8 text, LF).</summary>
    public static string Svg(IReadOnlyList<Talk> talks, string title = "Talks per year by kind")
    {
        ArgumentNullException.ThrowIfNull(talks);
        var data = YearKindChartData.Of(talks);
        var years = data.Years;
        var kinds = data.Kinds;
        var max = data.Counts.Count == 0 ? 0 : data.Counts.Max(row => row.Sum());
        var step = TickStep(max);
        var top = Math.Max(step, (max + step - 1) / step * step);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>\n<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{Height}\" fill=\"#FFFFFF\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"28\" font-size=\"16\" font-weight=\"bold\" fill=\"#000000\">{Escape(title)}</text>\n");

        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double Y(int count) => Top + plotHeight - (plotHeight * (double)count / top);

        // Grid lines and the count axis.
        for (var tick = 0; tick <= top; tick += step)
        {
            var y = Y(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{y:0.##}\" x2=\"{Left + plotWidth}\" y2=\"{y:0.##}\" stroke=\"#DDDDDD\" stroke-width=\"1\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{y + 4:0.##}\" text-anchor=\"end\" fill=\"#333333\">{tick}</text>\n");
        }

        var slot = years.Count == 0 ? plotWidth : (double)plotWidth / years.Count;
        var bar = Math.Min(48, slot * 0.7);
        for (var i = 0; i < years.Count; i++)
        {
            var x = Left + (slot * i) + ((slot - bar) / 2);
            var below = 0;
            for (var k = 0; k < kinds.Count; k++)
            {
                var count = data.Counts[i][k];
                if (count == 0)
                {
                    continue;
                }

                var y = Y(below + count);
                var height = Y(below) - y;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{bar:0.##}\" height=\"{height:0.##}\" fill=\"#{YearKindChartData.Colour(k)}\"><title>{years[i]}, {Escape(kinds[k].Label())}: {count}</title></rect>\n");
                below += count;
            }

            // Every year's label when they fit, else every n-th, so that labels never overlap.
            var every = Math.Max(1, (int)Math.Ceiling(36 / slot));
            if (i % every == 0 || i == years.Count - 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (bar / 2):0.##}\" y=\"{Top + plotHeight + 18}\" text-anchor=\"middle\" fill=\"#333333\">{years[i]}</text>\n");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Left + plotWidth}\" y2=\"{Top + plotHeight}\" stroke=\"#333333\" stroke-width=\"1\"/>\n");

        // The legend, top to bottom in the order the bars stack from the bottom up.
        for (var k = 0; k < kinds.Count; k++)
        {
            var y = Top + (k * 20);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Width - Right + 16}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"#{YearKindChartData.Colour(k)}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 34}\" y=\"{y + 10}\" fill=\"#000000\">{Escape(kinds[k].Label())}</text>\n");
        }

        var caption = string.Create(CultureInfo.InvariantCulture, $"{data.Total} talks");
        if (data.Undated > 0)
        {
            caption += string.Create(CultureInfo.InvariantCulture, $", {data.Undated} undated (not shown)");
        }

        if (data.Shared > 0)
        {
            caption += string.Create(CultureInfo.InvariantCulture, $"; {data.Shared} on several members' sites, counted once");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 12}\" fill=\"#555555\">{Escape(caption)}</text>\n</svg>\n");
        return svg.ToString();
    }

    // 1, 2 or 5 times a power of ten, giving at most about eight grid lines.
    private static int TickStep(int max)
    {
        var step = 1;
        while (max / step > 8)
        {
            step = step.ToString(CultureInfo.InvariantCulture)[0] switch { '1' => step * 2, '2' => step / 2 * 5, _ => step * 2 };
        }

        return step;
    }

    private static string Escape(string text) => SecurityElement.Escape(Text.TextSanitizer.Clean(text));
}
