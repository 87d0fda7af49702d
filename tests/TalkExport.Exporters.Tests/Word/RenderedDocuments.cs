using System.Text.RegularExpressions;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Word;

/// <summary>
/// Builds every document the rendering tests look at, converts them all to PDF in ONE LibreOffice
/// run (a cold start costs seconds), and keeps pdftotext's and pandoc's view of each. Set
/// TALKEXPORT_WORD_OUT to a folder to keep the .docx and .pdf files for a person to look at.
/// </summary>
public sealed partial class RenderedDocuments : IDisposable
{
    private readonly Lock _lock = new();
    private readonly TempDirectory _temp = new();
    private Dictionary<string, (string Pdf, string Markdown, string PdfInfo)>? _views;

    /// <summary>Document names and the options that make them.</summary>
    public static IReadOnlyDictionary<string, Func<byte[]>> Documents { get; } = new Dictionary<string, Func<byte[]>>
    {
        ["apa"] = () => WordTestSupport.Export(WordTalks.SeedLike),
        ["chicago"] = () => WordTestSupport.Export(WordTalks.SeedLike, ("style", ["chicago"])),
        ["cv"] = () => WordTestSupport.Export(WordTalks.SeedLike, ("style", ["cv"])),
        ["numbered-kind"] = () => WordTestSupport.Export(WordTalks.SeedLike, ("group-by", ["kind"]), ("numbered", [])),
        ["reverse-letter"] = () => WordTestSupport.Export(WordTalks.SeedLike, ("style", ["cv"]), ("group-by", ["none"]), ("reverse-numbered", []), ("page", ["letter"])),
        ["hostile"] = () => WordTestSupport.Export(WordTalks.Hostile, ("numbered", [])),
        ["into"] = () => IntoGermanCv(),
    };

    /// <summary>pdftotext -layout of the rendered PDF, pandoc's GitHub Markdown of the .docx, and pdfinfo of the PDF.</summary>
    public (string Pdf, string Markdown, string PdfInfo) View(string name)
    {
        var soffice = ExternalTool.Require("soffice");
        var pdftotext = ExternalTool.Require("pdftotext");
        var pandoc = ExternalTool.Require("pandoc");
        var pdfinfo = ExternalTool.Require("pdfinfo");
        lock (_lock)
        {
            _views ??= Render(soffice, pdftotext, pandoc, pdfinfo);
        }

        return _views[name];
    }

    /// <summary>Whitespace runs (line ends, layout padding) as one space: an entry wraps over lines, but a lost space stays lost.</summary>
    public static string Flow(string text) => Whitespace().Replace(text, " ");

    /// <inheritdoc/>
    public void Dispose() => _temp.Dispose();

    private static byte[] IntoGermanCv()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("cv.docx");
        File.WriteAllBytes(path, GermanCv.Create(GermanCv.Marker.Control));
        return WordTestSupport.Export(WordTalks.SeedLike, ("into", [path]));
    }

    private Dictionary<string, (string, string, string)> Render(string soffice, string pdftotext, string pandoc, string pdfinfo)
    {
        var docs = _temp.Combine("docx");
        var pdfs = _temp.Combine("pdf");
        Directory.CreateDirectory(docs);
        foreach (var (name, make) in Documents)
        {
            File.WriteAllBytes(Path.Combine(docs, name + ".docx"), make());
        }

        // One profile per process: two LibreOffice processes sharing one make the second exit 1 silently.
        var profile = new Uri(_temp.Combine("lo-profile")).AbsoluteUri;
        var files = Documents.Keys.Select(n => Path.Combine(docs, n + ".docx"));
        var convert = ExternalTool.Run(soffice, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", pdfs, .. files], timeout: TimeSpan.FromMinutes(4));
        Assert.True(convert.ExitCode == 0, convert.ToString());

        var views = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (var name in Documents.Keys)
        {
            var pdf = Path.Combine(pdfs, name + ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice made no {name}.pdf:\n{convert}");
            var text = ExternalTool.Run(pdftotext, ["-layout", pdf, "-"]);
            Assert.True(text.ExitCode == 0, text.ToString());
            var markdown = ExternalTool.Run(pandoc, [Path.Combine(docs, name + ".docx"), "-t", "gfm", "--wrap=none"]);
            Assert.True(markdown.ExitCode == 0, markdown.ToString());
            var info = ExternalTool.Run(pdfinfo, [pdf]);
            Assert.True(info.ExitCode == 0, info.ToString());
            views[name] = (text.StandardOutput, markdown.StandardOutput, info.StandardOutput);
        }

        if (Environment.GetEnvironmentVariable("TALKEXPORT_WORD_OUT") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            foreach (var file in Directory.EnumerateFiles(docs).Concat(Directory.EnumerateFiles(pdfs)))
            {
                File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
            }
        }

        return views;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
