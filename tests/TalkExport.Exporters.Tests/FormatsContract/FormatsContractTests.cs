using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Exporters.Csl;
using TalkExport.Exporters.Csv;
using TalkExport.Exporters.Json;
using TalkExport.Exporters.Template;
using TalkExport.Exporters.Tests.Csv;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.FormatsContract;

/// <summary>
/// The contract every exporter keeps, over the json, csv, csl and template exporters: empty input
/// is a valid document, the same talks give the same bytes, and the file order on disk does not
/// matter once the talks are put in the export order.
/// </summary>
public sealed class FormatsContractTests
{
    public static TheoryData<string> Ids => ["json", "csv", "csl", "template"];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Export_EmptyInput_IsValidEmptyDocument(string id)
    {
        using var dir = new TempDirectory();
        var (exporter, settings) = Create(id, dir);

        var text = ExportRun.Text(exporter, [], settings);

        switch (id)
        {
            case "json" or "csl":
                using (var doc = JsonDocument.Parse(text))
                {
                    Assert.Equal(0, doc.RootElement.GetArrayLength());
                }

                break;
            case "csv":
                var path = dir.Combine("empty.csv");
                File.WriteAllText(path, text);
                Assert.Equal([CsvColumns.Default], PythonCsv.Read(path));
                break;
            default:
                Assert.Equal("", text);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Export_TwoRuns_IdenticalBytes(string id)
    {
        using var dir = new TempDirectory();
        var (exporter, settings) = Create(id, dir);

        var first = ExportRun.Run(exporter, SampleTalks.All, settings).Bytes;
        var second = ExportRun.Run(Create(id, dir).Exporter, SampleTalks.All, settings).Bytes;

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Export_ShuffledInputPutInExportOrder_SameBytes(string id)
    {
        using var dir = new TempDirectory();
        var (exporter, settings) = Create(id, dir);
        // Keys are assigned by the exporter here (none given), so their clash order is exercised too.
        var unkeyed = SampleTalks.All.Select(t => t with { Key = "" }).ToArray();
        var expected = ExportRun.Run(exporter, [.. unkeyed.Order(TalkOrder.NewestFirst)], settings).Bytes;

        for (var seed = 1; seed <= 5; seed++)
        {
            var shuffled = unkeyed.ToArray();
            new Random(seed).Shuffle(shuffled);

            var actual = ExportRun.Run(exporter, [.. shuffled.Order(TalkOrder.NewestFirst)], settings).Bytes;

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Exporters_Metadata_LowercaseIdsAndDottedExtensions()
    {
        ITalkExporter[] exporters = [new JsonExporter(), new CsvExporter(), new CslJsonExporter(), new TemplateExporter()];
        var registry = new ExporterRegistry();

        foreach (var exporter in exporters)
        {
            registry.Add(exporter);
            Assert.StartsWith(".", exporter.Extension, StringComparison.Ordinal);
            Assert.False(exporter.IsBinary);
            Assert.All(exporter.Options, o => Assert.Equal(o.Name.ToLowerInvariant(), o.Name));
        }

        Assert.Equal(["json", "csv", "csl", "template"], registry.All.Select(e => e.Id));
    }

    private static (ITalkExporter Exporter, ExporterSettings Settings) Create(string id, TempDirectory dir)
    {
        if (id != "template")
        {
            ITalkExporter exporter = id switch
            {
                "json" => new JsonExporter(),
                "csv" => new CsvExporter(),
                _ => new CslJsonExporter(),
            };
            return (exporter, ExporterSettings.Empty);
        }

        var template = dir.Combine("contract.liquid");
        File.WriteAllText(template, "{% for talk in talks %}{{ talk.key }} {{ talk.date }} {{ talk.title }} {{ talk.extra | size }}\n{% endfor %}");
        return (new TemplateExporter(), ExporterSettings.Empty.With("template", template));
    }
}
