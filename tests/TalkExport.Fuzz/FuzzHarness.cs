using SharpFuzz;
using TalkExport.Cli;
using TalkExport.Core.Exporting;
using TalkExport.Core.Reading;

namespace TalkExport.Fuzz;

/// <summary>
/// Feeds one input through the whole pipeline: it becomes a record file in a throwaway Jekyll
/// site (so discovery, decoding, parsing and dialect mapping all run), and every talk read is
/// exported by the chosen exporter(s). Anything but a normal return is a finding: bad records
/// must give diagnostics, never exceptions.
/// </summary>
internal static class FuzzHarness
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: talkexport-fuzz reader|bibtex|csv|json|orcid|docx|csl|all [--replay DIR]");
            return 1;
        }

        var target = args[0];
        var site = Directory.CreateTempSubdirectory("talkexport-fuzz-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(site, "talks", "_posts"));
            File.WriteAllText(Path.Combine(site, "_config.yml"), "name: Fuzz Owner\nurl: https://fuzz.example.org\n");
            var record = Path.Combine(site, "talks", "_posts", "2020-01-01-fuzz.md");
            if (args.Length == 3 && args[1] == "--replay")
            {
                foreach (var file in Directory.EnumerateFiles(args[2]).Order(StringComparer.Ordinal))
                {
                    Console.WriteLine(file);
                    RunOne(target, File.ReadAllBytes(file), site, record);
                }

                return 0;
            }

            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                RunOne(target, buffer.ToArray(), site, record);
            });
            return 0;
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    private static void RunOne(string target, byte[] input, string site, string record)
    {
        File.WriteAllBytes(record, input);
        var result = new TalkReader(new ReaderOptions { MaxDegreeOfParallelism = 1 }).Read([site]);
        if (target == "reader")
        {
            return;
        }

        var talks = CitationKeys.Assign(result.Talks);
        foreach (var exporter in BuiltInExporters.Create().All)
        {
            if (target != "all" && exporter.Id != target)
            {
                continue;
            }

            if (exporter.Id == "template")
            {
                continue; // needs a template file; covered by its own tests
            }

            using var output = new MemoryTarget();
            exporter.Export(talks, new ExportContext { Site = result.Site }, output);
        }
    }
}
