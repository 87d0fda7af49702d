using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Exporters.Csv;
using TalkExport.Exporters.Json;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Library;

/// <summary>Does what the README's library section shows: read a folder, export to a stream, add a custom exporter.</summary>
public sealed class LibraryUseTests
{
    [Fact]
    public void Readme_ReadFolderExportCsvAndCustomExporter_Works()
    {
        using var dir = new TempDirectory();
        var site = WriteFixtureSite(dir);

        // --- the README's library section, from here ---
        var read = new TalkReader().Read([site], TestContext.Current.CancellationToken);
        foreach (var diagnostic in read.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic); // path:line:col: error CODE: message
        }

        var talks = read.Talks.Order(TalkOrder.NewestFirst).ToArray();

        var registry = new ExporterRegistry()
            .Add(new JsonExporter())
            .Add(new CsvExporter())
            .Add(new TalkTitlesExporter());

        var csv = new MemoryStream();
        var context = new ExportContext
        {
            Site = read.Site,
            Settings = ExporterSettings.Empty.With("columns", "date,title,venue").With("newline", "lf"),
        };
        registry.Find("csv")!.Export(talks, context, new StreamTarget(csv));

        var titles = new MemoryStream();
        registry.Find("titles")!.Export(talks, new ExportContext { Site = read.Site }, new StreamTarget(titles));
        // --- to here ---

        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(
            "date,title,venue\n2021-03-04,Graphs for everyone,Spring Workshop on Graphs\n2019-10-01,Counting trees,Forest Colloquium\n",
            Encoding.UTF8.GetString(csv.ToArray()));
        Assert.Equal("Graphs for everyone\nCounting trees\n", Encoding.UTF8.GetString(titles.ToArray()));
    }

    private static string WriteFixtureSite(TempDirectory dir)
    {
        var site = dir.Combine("site");
        Directory.CreateDirectory(Path.Combine(site, "_talks"));
        File.WriteAllText(Path.Combine(site, "_config.yml"), "title: Mira Holm\nurl: https://mira.example.org\nauthor:\n  name: Mira Holm\n");
        File.WriteAllText(
            Path.Combine(site, "_talks", "2021-03-04-graphs.md"),
            "---\ntitle: \"Graphs for everyone\"\ncollection: talks\ntype: \"Talk\"\npermalink: /talks/2021-03-04-graphs\nvenue: \"Spring Workshop on Graphs\"\ndate: 2021-03-04\nlocation: \"Lund, Sweden\"\n---\nA talk about graphs.\n");
        File.WriteAllText(
            Path.Combine(site, "_talks", "2019-10-01-trees.md"),
            "---\ntitle: \"Counting trees\"\ncollection: talks\ntype: \"Talk\"\npermalink: /talks/2019-10-01-trees\nvenue: \"Forest Colloquium\"\ndate: 2019-10-01\nlocation: \"Umeå, Sweden\"\n---\nA talk about trees.\n");
        return site;
    }

    /// <summary>A custom exporter: one title per line.</summary>
    private sealed class TalkTitlesExporter : ITalkExporter
    {
        public string Id => "titles";

        public string DisplayName => "Titles";

        public string Extension => ".txt";

        public string Description => "One talk title per line.";

        public bool IsBinary => false;

        public IReadOnlyList<ExporterOption> Options => [];

        public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
        {
            using var writer = new StreamWriter(target.Open(), new UTF8Encoding(false)) { NewLine = "\n" };
            foreach (var talk in talks)
            {
                writer.WriteLine(talk.Title);
            }
        }
    }

    /// <summary>Any stream as an output (the exporter disposes it; a MemoryStream keeps its bytes).</summary>
    private sealed class StreamTarget(Stream stream) : IOutputTarget
    {
        public string DisplayName => "stream";

        public bool SupportsParts => false;

        public bool IsTerminal => false;

        public Stream Open() => stream;

        public Stream OpenPart(int number) => throw new NotSupportedException();
    }
}
