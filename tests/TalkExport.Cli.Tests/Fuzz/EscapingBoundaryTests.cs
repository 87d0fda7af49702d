using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TalkExport.Core.Exporting;
using TalkExport.Core.Reading;
using TalkExport.Testing;
using ReaderOptions = TalkExport.Core.Reading.ReaderOptions;

namespace TalkExport.Cli.Tests.Fuzz;

/// <summary>
/// Escaping as a security boundary (issue 8): values from hostile records (Fuzz/Cases) must not
/// inject LaTeX, spreadsheet formulas, Word markup or JSON keys, no control or XML-forbidden
/// character may reach an output, and only http/https/mailto links become hyperlinks.
/// </summary>
public sealed partial class EscapingBoundaryTests
{
    private static readonly string[] HostileCases = ["control-characters.md", "escaping-injection.md", "xml-forbidden-characters.md"];

    [Fact]
    public void BibTeX_HostileValues_NoCommandsAndBalancedBraces()
    {
        var bib = Export("bibtex");
        Assert.DoesNotContain("\\input{", bib, StringComparison.Ordinal);
        Assert.DoesNotContain("\\write18", bib, StringComparison.Ordinal);
        Assert.Contains("{\\textbackslash}input", bib, StringComparison.Ordinal);
        foreach (var entry in bib.Split("\n@", StringSplitOptions.RemoveEmptyEntries))
        {
            var depth = 0;
            for (var i = 0; i < entry.Length; i++)
            {
                if (entry[i] == '\\')
                {
                    i++; // \{ and \} are escaped braces, not groups
                    continue;
                }

                depth += entry[i] switch { '{' => 1, '}' => -1, _ => 0 };
                Assert.True(depth >= 0, $"a '}}' closes more than was opened in:\n{entry}");
            }

            Assert.Equal(0, depth);
        }
    }

    [Fact]
    public void Csv_HostileValues_NoCellStartsAFormula()
    {
        var csv = Export("csv");
        Assert.Contains("\"'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.DoesNotMatch(FormulaCell(), csv);
    }

    [Theory]
    [InlineData("orcid")]
    [InlineData("json")]
    [InlineData("csl")]
    [InlineData("jsonresume")]
    public void Json_HostileValues_NoInjectedKeys(string format)
    {
        using var document = JsonDocument.Parse(Export(format));
        var names = new List<string>();
        Collect(document.RootElement, names);
        Assert.DoesNotContain("put-code", names);
        Assert.DoesNotContain("x", names);
    }

    [Theory]
    [InlineData("bibtex")]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("csl")]
    [InlineData("orcid")]
    [InlineData("orcid-xml")]
    [InlineData("rendercv")]
    [InlineData("jsonresume")]
    public void TextOutputs_ControlAndXmlForbiddenCharacters_NeverWritten(string format)
    {
        var text = Export(format);
        Assert.DoesNotMatch(Forbidden(), text);
        Assert.DoesNotMatch(EscapedForbidden(), text);
    }

    [Theory]
    [InlineData("apa")]
    [InlineData("chicago")]
    [InlineData("cv")]
    public void Docx_HostileValues_TextOnlyAndSafeHyperlinks(string style)
    {
        using var zip = new ZipArchive(new MemoryStream(ExportBytes("docx", ExporterSettings.Empty.With("style", style))));
        var xml = Read(zip, "word/document.xml");
        var body = XDocument.Parse(xml);
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var text = string.Concat(body.Descendants(w + "t").Select(t => t.Value));
        Assert.Contains("</w:t></w:r><w:r><w:t>Injected", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(Forbidden(), xml);
        var rels = zip.GetEntry("word/_rels/document.xml.rels") is { } entry ? XDocument.Load(entry.Open()) : new XDocument(new XElement("none"));
        foreach (var target in rels.Descendants().Where(r => (string?)r.Attribute("TargetMode") == "External").Select(r => (string?)r.Attribute("Target") ?? ""))
        {
            Assert.Matches("^(https?|mailto):", target);
        }
    }

    // The link policy is the model's (LinkPolicy): no format may carry a javascript:, data:, vbscript:
    // or file: link, whether as a field, a \url{} or a hyperlink. (JSON is left out: its "extra"
    // keeps unmapped keys such as paperurl as data, not as links.)
    [Theory]
    [InlineData("bibtex")]
    [InlineData("csv")]
    [InlineData("csl")]
    [InlineData("orcid")]
    [InlineData("orcid-xml")]
    [InlineData("rendercv")]
    [InlineData("jsonresume")]
    [InlineData("ris")]
    [InlineData("docx")]
    public void Outputs_UnsafeLinkSchemes_NeverWritten(string format)
    {
        var bytes = ExportBytes(format, ExporterSettings.Empty);
        var text = format == "docx" ? DocxText(bytes) : Encoding.UTF8.GetString(bytes);
        foreach (var scheme in new[] { "javascript:", "vbscript:", "data:text", "file://" })
        {
            Assert.DoesNotContain(scheme, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string DocxText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        return string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)).Select(e => Read(zip, e.FullName)));
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Collect(JsonElement element, List<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                names.Add(property.Name);
                Collect(property.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, names);
            }
        }
    }

    private static string Export(string format) => Encoding.UTF8.GetString(ExportBytes(format, ExporterSettings.Empty));

    private static byte[] ExportBytes(string format, ExporterSettings settings)
    {
        using var dir = new TempDirectory();
        var posts = dir.Combine("talks", "_posts");
        Directory.CreateDirectory(posts);
        File.WriteAllText(dir.Combine("_config.yml"), "name: Fuzz Owner\nurl: https://fuzz.example.org\n");
        for (var i = 0; i < HostileCases.Length; i++)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Fuzz", "Cases", HostileCases[i]), Path.Combine(posts, $"2020-01-0{i + 1}-case{i}.md"));
        }

        var result = new TalkReader(new ReaderOptions { MaxDegreeOfParallelism = 1 }).Read([dir.Path], TestContext.Current.CancellationToken);
        Assert.Equal(HostileCases.Length, result.Talks.Count);
        var exporter = BuiltInExporters.Create().All.Single(e => e.Id == format);
        using var output = new BufferedOutputTarget("memory");
        exporter.Export(CitationKeys.Assign(result.Talks), new ExportContext { Site = result.Site, Settings = settings }, output);
        return output.ToArray();
    }

    // A CSV cell (after a separator or line start, optionally quoted) that a spreadsheet would evaluate.
    [GeneratedRegex("(^|,)\"?[=+@-]", RegexOptions.Multiline)]
    private static partial Regex FormulaCell();

    // C0 controls except tab/LF/CR, DEL and C1, U+FFFE/U+FFFF, a BOM inside the text.
    [GeneratedRegex("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]|(?<!^)\\uFEFF")]
    private static partial Regex Forbidden();

    // The same characters written as JSON escapes.
    [GeneratedRegex("\\\\u(00[01][0-9A-F]|007F|00[89][0-9A-F]|FFF[EF]|FEFF|D[89AB][0-9A-F]{2}(?!\\\\uD[C-F]))", RegexOptions.IgnoreCase)]
    private static partial Regex EscapedForbidden();
}
