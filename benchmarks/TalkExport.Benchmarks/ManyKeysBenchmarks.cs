using System.Text;
using BenchmarkDotNet.Attributes;
using TalkExport.Core.Reading;

namespace TalkExport.Benchmarks;

/// <summary>
/// One hostile record with thousands of top-level keys, read whole (parse, map, extras): the cost
/// must grow linearly with the key count (issue 17: 40k keys took 8.8 s when it was quadratic).
/// The reader refuses more than <see cref="ReaderLimits.MaxKeys"/> keys, so the largest case is the limit.
/// </summary>
[MemoryDiagnoser]
public class ManyKeysBenchmarks
{
    private string _folder = "";

    [Params(2_500, 5_000, 10_000)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"talkexport-many-keys-{Keys}", "_talks");
        Directory.CreateDirectory(_folder);
        var text = new StringBuilder("---\ntitle: Many keys\ndate: 2020-01-01\n");
        for (var i = 0; i < Keys - 2; i++)
        {
            text.Append("key").Append(i).Append(": value ").Append(i).Append('\n');
        }

        File.WriteAllText(Path.Combine(_folder, "2020-01-01-many-keys.md"), text.Append("---\n").ToString());
    }

    [Benchmark]
    public int Read() => new TalkReader().Read([_folder]).Talks[0].Extra.Count;
}
