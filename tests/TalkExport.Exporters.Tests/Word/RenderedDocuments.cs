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

    private readonly Dictionary<string, byte[]> _documents = new(StringComparer.Ordinal);

    /// <summary>Document names and how to make them; the seed site's only where the corpus is present.</summary>
    public static IReadOnlyDictionary<string, Func<byte[]>> Documents { get; } = MakeDocuments();

    /// <summary>The bytes of a rendered document (after <see cref="View"/>).</summary>
    public byte[] Docx(string name) => _documents[name];

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

    /// <summary>
    /// The text without any whitespace: where a line wraps depends on the fonts installed, and a wrap
    /// between CJK characters (which have no spaces) would otherwise appear as a space.
    /// </summary>
    public static string Unwrapped(string text) => Whitespace().Replace(text, "");

    /// <inheritdoc/>
    public void Dispose() => _temp.Dispose();

    /// <summary>A CV as pandoc writes it (pandoc's docx already has validator errors), marked with {{talks}}.</summary>
    public static byte[] PandocCv()
    {
        using var temp = new TempDirectory();
        var markdown = temp.Combine("cv.md");
        File.WriteAllText(markdown, "# Jane Roe\n\nResearcher in *machine learning*.\n\n# Talks\n\n{{talks}}\n\n# Teaching\n\n- Course A\n- Course B\n");
        var result = ExternalTool.Run(ExternalTool.Require("pandoc"), [markdown, "-o", temp.Combine("cv.docx")]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return File.ReadAllBytes(temp.Combine("cv.docx"));
    }

    private static Dictionary<string, Func<byte[]>> MakeDocuments()
    {
        var documents = new Dictionary<string, Func<byte[]>>(StringComparer.Ordinal)
        {
            ["apa"] = () => WordTestSupport.Export(WordTalks.SeedLike),
            ["chicago"] = () => WordTestSupport.Export(WordTalks.SeedLike, ("style", ["chicago"])),
            ["cv"] = () => WordTestSupport.Export(WordTalks.SeedLike, ("style", ["cv"])),
            ["numbered-kind"] = () => WordTestSupport.Export(WordTalks.SeedLike, ("group-by", ["kind"]), ("numbered", [])),
            ["reverse-letter"] = () => WordTestSupport.Export(WordTalks.SeedLike, ("style", ["cv"]), ("group-by", ["none"]), ("reverse-numbered", []), ("page", ["letter"])),
            ["hostile"] = () => WordTestSupport.Export(WordTalks.Hostile, ("numbered", [])),
            ["into"] = () => Into(GermanCv.Create(GermanCv.Marker.Control)),
            ["pandoc-cv"] = PandocCv,
            ["into-pandoc"] = () => Into(PandocCv()),
        };

        // The seed site joins the same LibreOffice run when the corpus is there; its tests require it.
        if (Directory.Exists(CorpusSeedSite()))
        {
            foreach (var style in new[] { "apa", "chicago", "cv" })
            {
                documents["seed-" + style] = () =>
                {
                    var read = SeedSiteWordTests.ReadSeedSite();
                    return WordTestSupport.Export(read.Talks, read.Site, ("style", [style]));
                };
            }
        }

        return documents;
    }

    private static string CorpusSeedSite()
    {
        var configured = Environment.GetEnvironmentVariable("TALKEXPORT_CORPUS");
        var corpus = string.IsNullOrWhiteSpace(configured) ? Path.Combine(TestEnvironment.RepositoryRoot, "..", "shared", "corpus") : configured;
        return Path.Combine(corpus, "olofmogren--olofmogren.github.io");
    }

    private static byte[] Into(byte[] cv)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("cv.docx");
        File.WriteAllBytes(path, cv);
        return WordTestSupport.Export(WordTalks.SeedLike, ("into", [path]));
    }

    private Dictionary<string, (string, string, string)> Render(string soffice, string pdftotext, string pandoc, string pdfinfo)
    {
        var docs = _temp.Combine("docx");
        var pdfs = _temp.Combine("pdf");
        Directory.CreateDirectory(docs);
        foreach (var (name, make) in Documents)
        {
            _documents[name] = make();
            File.WriteAllBytes(Path.Combine(docs, name + ".docx"), _documents[name]);
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
