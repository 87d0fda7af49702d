using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Word;

namespace TalkExport.Exporters.Tests.Word;

/// <summary>Runs the Word exporter in memory and inspects what it wrote.</summary>
internal static class WordTestSupport
{
    public static byte[] Export(IReadOnlyList<Talk> talks, params (string Name, string[] Values)[] settings) =>
        Export(talks, new SiteInfo { Owner = WordTalks.Owner, BaseUrl = "https://olofmogren.github.io" }, settings);

    public static byte[] Export(IReadOnlyList<Talk> talks, SiteInfo site, params (string Name, string[] Values)[] settings)
    {
        var values = settings.ToDictionary(s => s.Name, s => (IReadOnlyList<string>)s.Values);
        var target = new MemoryTarget();
        new DocxCvExporter().Export(talks, new ExportContext { Settings = new ExporterSettings(values), Site = site }, target);
        return target.Bytes ?? throw new InvalidOperationException("The exporter opened no output.");
    }

    /// <summary>Schema and relationship errors as Office 2019 sees them.</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>Every zip entry's content as text (XML parts) keyed by name: compare documents without timestamps.</summary>
    public static SortedDictionary<string, string> Parts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var parts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            parts[entry.FullName] = reader.ReadToEnd();
        }

        return parts;
    }

    public static string DocumentXml(byte[] docx) => Parts(docx)["word/document.xml"];

    /// <summary>A target that keeps the bytes and remembers whether it was opened.</summary>
    public sealed class MemoryTarget : IOutputTarget
    {
        public byte[]? Bytes { get; private set; }

        public bool Opened { get; private set; }

        public string DisplayName => "memory";

        public bool SupportsParts => false;

        public bool IsTerminal => false;

        public Stream Open()
        {
            Opened = true;
            return new CapturingStream(this);
        }

        public Stream OpenPart(int number) => throw new NotSupportedException();

        private sealed class CapturingStream(MemoryTarget owner) : MemoryStream
        {
            protected override void Dispose(bool disposing)
            {
                owner.Bytes = ToArray();
                base.Dispose(disposing);
            }
        }
    }
}
