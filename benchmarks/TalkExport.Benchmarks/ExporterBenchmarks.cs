using BenchmarkDotNet.Attributes;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Exporters.BibTeX;
using TalkExport.Exporters.Csl;
using TalkExport.Exporters.Csv;
using TalkExport.Exporters.Json;
using TalkExport.Exporters.Orcid;
using TalkExport.Exporters.Word;

namespace TalkExport.Benchmarks;

/// <summary>Each exporter on the talks of a generated ~1k-record site, writing to a stream that discards the bytes.</summary>
[MemoryDiagnoser]
public class ExporterBenchmarks
{
    private IReadOnlyList<Talk> _talks = [];
    private ExportContext _context = new();

    [Params(1000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var read = new TalkReader().Read([GeneratedSite.Ensure(Records)]);
        _talks = read.Talks;
        _context = new ExportContext { Site = read.Site };
    }

    [Benchmark]
    public long Json() => Run(new JsonExporter());

    [Benchmark]
    public long BibTeX() => Run(new BibTeXExporter());

    [Benchmark]
    public long Csv() => Run(new CsvExporter());

    [Benchmark]
    public long Orcid() => Run(new OrcidExporter());

    [Benchmark]
    public long Docx() => Run(new DocxCvExporter());

    [Benchmark]
    public long CslJson() => Run(new CslJsonExporter());

    private long Run(ITalkExporter exporter)
    {
        using var target = new NullTarget();
        exporter.Export(_talks, _context, target);
        return target.Written;
    }

    // Counts bytes instead of keeping them, so the benchmark measures the exporter, not a MemoryStream.
    private sealed class NullTarget : IOutputTarget, IDisposable
    {
        private readonly CountingStream _stream = new();

        public long Written => _stream.Length;

        public string DisplayName => "null";

        // ORCID splits more than 100 works into parts; all parts count into one total.
        public bool SupportsParts => true;

        public bool IsTerminal => false;

        public Stream Open() => _stream;

        public Stream OpenPart(int number) => _stream;

        public void Dispose() => _stream.Dispose();
    }
}
