using System.Globalization;
using TalkExport.Core.Exporting.Reporting;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.FormatsShared;

/// <summary>
/// LibreOffice as the oracle for a document's chart: it prints the file to PDF, poppler renders the
/// pages, and Pillow counts the pixels of each series colour (<see cref="YearKindChartData.Colour"/>).
/// </summary>
internal static class PrintedColours
{
    private const string Script =
        "import sys, glob\nfrom PIL import Image\nwant = [tuple(int(c[i:i + 2], 16) for i in (0, 2, 4)) for c in sys.argv[2].split(',')]\nn = [0] * len(want)\n"
        + "for f in glob.glob(sys.argv[1] + '/page*.png'):\n    for p in Image.open(f).convert('RGB').getdata():\n        for i, w in enumerate(want):\n            if all(abs(a - b) <= 12 for a, b in zip(p, w)): n[i] += 1\n"
        + "print(' '.join(map(str, n)))\n";

    /// <summary>How many printed pixels have the colour of each of the first <paramref name="series"/> series, for the file <paramref name="document"/> (.xlsx, .docx).</summary>
    public static IReadOnlyList<int> Count(byte[] document, string extension, int series)
    {
        var soffice = ExternalTool.Require("soffice");
        var pdftoppm = ExternalTool.Require("pdftoppm");
        var python = ExternalTool.RequirePythonWith("PIL", "Pillow", "python3-pil");
        using var dir = new TempDirectory();
        var input = dir.Combine("document" + extension);
        File.WriteAllBytes(input, document);

        var convert = ExternalTool.Run(soffice, [$"-env:UserInstallation=file://{dir.Combine("lo-profile")}", "--headless", "--convert-to", "pdf", "--outdir", dir.Path, input], timeout: TimeSpan.FromMinutes(2));
        Assert.True(File.Exists(dir.Combine("document.pdf")), convert.ToString());
        var render = ExternalTool.Run(pdftoppm, ["-png", "-r", "60", dir.Combine("document.pdf"), dir.Combine("page")], timeout: TimeSpan.FromMinutes(1));
        Assert.True(render.ExitCode == 0, render.ToString());

        var colours = string.Join(',', Enumerable.Range(0, series).Select(YearKindChartData.Colour));
        var count = ExternalTool.Run(python, ["-c", Script, dir.Path, colours], timeout: TimeSpan.FromMinutes(1));
        Assert.True(count.ExitCode == 0, count.ToString());
        return [.. count.StandardOutput.Trim().Split(' ').Select(n => int.Parse(n, CultureInfo.InvariantCulture))];
    }
}
