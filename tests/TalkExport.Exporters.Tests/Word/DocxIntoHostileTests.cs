using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TalkExport.Core.Exporting;
using TalkExport.Testing;
using static TalkExport.Exporters.Tests.Word.WordTestSupport;

namespace TalkExport.Exporters.Tests.Word;

/// <summary>
/// <c>docx --into</c> on CVs an unlucky user or a hostile sender could have (issue 17): parts the
/// update does not change, a compression bomb, a placeholder in a text box, two controls with the
/// tag, a password-protected file, a DTD.
/// </summary>
public sealed class DocxIntoHostileTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // As Word writes a part: declaration with standalone, CRLF, namespaces the SDK would not declare, mc:Ignorable.
    private const string WordFooter =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + "<w:ftr xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:w=\"" + W + "\" "
        + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\">"
        + "<w:p w14:paraId=\"1A2B3C4D\"><w:r><w:t xml:space=\"preserve\">Seite  </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";

    [Fact]
    public void Into_PartsTheUpdateDoesNotChange_AreCopiedByteForByte()
    {
        var cv = WithEntries(GermanCv.Create(GermanCv.Marker.Control), ("word/footer1.xml", WordFooter), ("docProps/custom.xml", "<?xml version=\"1.0\"?>\r\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\"/>"));
        var before = RawParts(cv);

        var after = RawParts(Into(cv));

        foreach (var (name, bytes) in before.Where(p => !Changed.Contains(p.Key)))
        {
            Assert.True(after.TryGetValue(name, out var now) && now.AsSpan().SequenceEqual(bytes), $"{name} changed:\n{Encoding.UTF8.GetString(after.GetValueOrDefault(name) ?? [])}");
        }

        Assert.NotEqual(before["word/document.xml"], after["word/document.xml"]);
    }

    [Fact]
    public void Into_DecompressesFarBeyondTheLimit_RefusedBeforeParsing()
    {
        // 100 MB of spaces inside document.xml compress to about 100 KB.
        var bomb = "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>{{talks}}</w:t></w:r></w:p>" + new string(' ', 100 * 1024 * 1024) + "</w:body></w:document>";
        var cv = WithEntries(GermanCv.Create(GermanCv.Marker.Control), ("word/document.xml", bomb));
        Assert.True(cv.Length < 2 * 1024 * 1024, $"{cv.Length} bytes");

        var e = Assert.Throws<TalkExportException>(() => Into(cv));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Contains("word/document.xml", e.Message, StringComparison.Ordinal);
        Assert.Contains("64 MiB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Into_ManyParts_Refused()
    {
        var entries = Enumerable.Range(0, 10_001).Select(i => ($"customXml/item{i}.xml", "<a/>")).ToArray();
        var e = Assert.Throws<TalkExportException>(() => Into(WithEntries(GermanCv.Create(GermanCv.Marker.Control), entries)));
        Assert.Contains("10,000 parts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Into_DocumentWithADtd_RefusedSayingSo()
    {
        var cv = GermanCv.Create(GermanCv.Marker.Control);
        var xml = Encoding.UTF8.GetString(RawParts(cv)["word/document.xml"]);
        var withDtd = xml.Insert(xml.IndexOf("<w:document", StringComparison.Ordinal), "<!DOCTYPE w:document [<!ENTITY x \"x\">]>");

        var e = Assert.Throws<TalkExportException>(() => Into(WithEntries(cv, ("word/document.xml", withDtd))));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Contains("document type declaration", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DtdProcessing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Into_PasswordProtectedFile_SaysItIsPasswordProtected()
    {
        // Word saves an encrypted .docx as an OLE compound file (its signature, then sectors).
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]];

        var e = Assert.Throws<TalkExportException>(() => Into(ole));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Contains("password-protected", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("corrupt", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Into_PlaceholderInATextBox_RefusedAndTheShapeKept()
    {
        var cv = WithTextBox(GermanCv.Create(GermanCv.Marker.None), "{{talks}}");

        var e = Assert.Throws<TalkExportException>(() => Into(cv));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Contains("text box", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Into_TextBoxElsewhere_KeptWhenTheListGoesInTheBody()
    {
        var cv = WithTextBox(GermanCv.Create(GermanCv.Marker.Control), "Kontakt: erika@example.org");

        var updated = Into(cv);

        using var result = WordprocessingDocument.Open(new MemoryStream(updated), false);
        var body = result.MainDocumentPart!.Document!.Body!;
        Assert.Contains(body.Descendants<TextBoxContent>(), t => t.InnerText == "Kontakt: erika@example.org");
        Assert.Contains("Uncertainty in deep learning", body.Descendants<SdtBlock>().Single().InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Into_TwoControlsWithTheTag_BothFilledAndIdempotent()
    {
        using var stream = new MemoryStream();
        stream.Write(GermanCv.Create(GermanCv.Marker.Control));
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var first = body.Elements<SdtBlock>().Single();
            body.Elements<Paragraph>().Last().InsertAfterSelf(first.CloneNode(true));
        }

        var once = Into(stream.ToArray());
        var twice = Into(once);

        using var result = WordprocessingDocument.Open(new MemoryStream(once), false);
        var controls = result.MainDocumentPart!.Document!.Body!.Descendants<SdtBlock>().ToList();
        Assert.Equal(2, controls.Count);
        Assert.All(controls, c => Assert.Contains("Uncertainty in deep learning", c.InnerText, StringComparison.Ordinal));
        Assert.Equal(controls[0].SdtContentBlock!.InnerText, controls[1].SdtContentBlock!.InnerText);
        Assert.True(ValidationErrors(once).Count <= ValidationErrors(stream.ToArray()).Count, string.Join("\n", ValidationErrors(once)));
        Assert.Equal(Parts(once), Parts(twice));
    }

    // The parts an update may rewrite: the document, its relationships, styles, numbering and the content types.
    private static readonly HashSet<string> Changed = ["word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "[Content_Types].xml"];

    private static byte[] Into(byte[] cv)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("cv.docx");
        File.WriteAllBytes(path, cv);
        var result = Export(WordTalks.SeedLike, [("into", [path])]);
        Assert.Equal(cv, File.ReadAllBytes(path));
        return result;
    }

    private static SortedDictionary<string, byte[]> RawParts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var from = entry.Open();
            using var to = new MemoryStream();
            from.CopyTo(to);
            parts[entry.FullName] = to.ToArray();
        }

        return parts;
    }

    // The package with these entries replaced or added (a custom part needs no relationship to be carried).
    private static byte[] WithEntries(byte[] docx, params (string Name, string Text)[] entries)
    {
        var parts = RawParts(docx);
        foreach (var (name, text) in entries)
        {
            parts[name] = Encoding.UTF8.GetBytes(text);
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                using var to = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                to.Write(bytes);
            }
        }

        return output.ToArray();
    }

    // A VML text box (as Word's fallback writes it) anchored in a paragraph of its own.
    private static byte[] WithTextBox(byte[] docx, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var shape = new DocumentFormat.OpenXml.Vml.Shape(
                new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(new Paragraph(new Run(new Text(text))))))
            { Id = "box1", Style = "position:absolute;width:200pt;height:50pt" };
            body.Elements<Paragraph>().First().InsertAfterSelf(new Paragraph(new Run(new Text("Anker")), new Run(new Picture(shape))));
        }

        return stream.ToArray();
    }
}
