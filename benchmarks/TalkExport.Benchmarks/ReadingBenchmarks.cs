using BenchmarkDotNet.Attributes;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;

namespace TalkExport.Benchmarks;

/// <summary>Reading stages on a generated ~1k-record site: front-matter parsing, dialect mapping, the whole reader.</summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private string _site = "";
    private RecordFile[] _files = [];
    private string[] _texts = [];
    private FrontMatterDocument[] _documents = [];
    private SiteConfig _config = SiteConfig.None;

    [Params(1000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _site = GeneratedSite.Ensure(Records);
        var options = ReaderOptions.Default;
        _files = [.. new RecordDiscovery(options).Discover([_site]).Files];
        var diagnostics = new List<Diagnostic>();
        _texts = [.. _files.Select(f => File.ReadAllText(f.FullPath))];
        _documents = [.. _texts.Select((t, i) => FrontMatterParser.Parse(t, _files[i].DisplayPath, options.Limits, diagnostics)!)];
        _config = SiteConfigLoader.Load(SiteConfigLoader.FindSiteRoot(_site)!, options, diagnostics);
    }

    [Benchmark]
    public int Discover() => new RecordDiscovery().Discover([_site]).Files.Count;

    [Benchmark]
    public int Parse()
    {
        var diagnostics = new List<Diagnostic>();
        var count = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            count += FrontMatterParser.Parse(_texts[i], _files[i].DisplayPath, ReaderLimits.Default, diagnostics) is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark]
    public int Map()
    {
        var mapper = new TalkMapper(ReaderOptions.Default);
        var diagnostics = new List<Diagnostic>();
        var count = 0;
        for (var i = 0; i < _documents.Length; i++)
        {
            count += mapper.Map(_files[i], _documents[i], _config, diagnostics) is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark]
    public int ReadSerial() => new TalkReader(ReaderOptions.Default with { MaxDegreeOfParallelism = 1 }).Read([_site]).Talks.Count;

    [Benchmark(Baseline = true)]
    public int ReadParallel() => new TalkReader().Read([_site]).Talks.Count;
}
