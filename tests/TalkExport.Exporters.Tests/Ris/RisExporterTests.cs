using System.Text.Json;
using System.Text.RegularExpressions;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.Ris;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Ris;

/// <summary>RIS as the specification writes it (tagged CR LF lines, ER per record), read back by a real RIS reader: citation-js's plugin-ris.</summary>
public sealed partial class RisExporterTests
{
    private const string Script = """
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-ris');
const items = new Cite(fs.readFileSync(process.argv[2], 'utf8'), { forceType: '@ris/file' }).data;
console.log(JSON.stringify(items.map(({ _graph, ...item }) => item)));
""";

    [Fact]
    public void Lines_EveryLineTaggedCrLfAndOneErPerTalk()
    {
        var ris = ExportRun.Text(new RisExporter(), SampleTalks.All, site: SampleTalks.Site);

        Assert.EndsWith("ER  - \r\n", ris, StringComparison.Ordinal);
        var lines = ris[..^2].Split("\r\n");
        Assert.All(lines, l => Assert.Matches(TagLine(), l));
        Assert.DoesNotContain('\n', ris.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.Equal(SampleTalks.All.Count, lines.Count(l => l == "ER  - "));
        Assert.Equal(SampleTalks.All.Count, lines.Count(l => l == "TY  - CPAPER"));
        Assert.Contains("DA  - 2018/03//\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("DA  - 2021///\r\n", ris, StringComparison.Ordinal);
    }

    [Fact]
    public void NoTalks_EmptyFile() => Assert.Equal("", ExportRun.Text(new RisExporter(), []));

    [Fact]
    public void CitationJs_ConferencePaper_ReadsEveryFieldBack()
    {
        var talks = SampleTalks.All;
        var items = ReadBack(ExportRun.Text(new RisExporter(), talks, site: SampleTalks.Site));

        Assert.Equal(talks.Count, items.Count);
        for (var i = 0; i < talks.Count; i++)
        {
            var (talk, item) = (talks[i], items[i]);
            Assert.Equal("paper-conference", Text(item, "type"));
            Assert.Equal(talk.Key, Text(item, "id"));
            Assert.Equal(OneLine(talk.Title), Text(item, "title"));
            Assert.Equal(OneLine(talk.Venue), Text(item, "event-title"));
            Assert.Equal(OneLine(talk.Location), Text(item, "event-place"));
            Assert.Equal(talk.Kind.Label(), Text(item, "genre"));
            Assert.Equal(talk.Links.Page ?? talk.Links.Slides ?? talk.Links.Video ?? talk.Links.Event, Text(item, "URL"));
            Assert.Equal(OneLine(talk.Abstract), Text(item, "abstract"));
            AssertDate(talk.Date, item);
            var authors = talk.Authors.Count > 0 ? talk.Authors : [new Person { Given = "Ada", Family = "Lindqvist" }];
            Assert.Equal(authors.Select(p => p.Literal ?? p.Family), item.GetProperty("author").EnumerateArray().Select(a => Text(a, "literal") ?? Text(a, "family")));
        }
    }

    [Theory]
    [InlineData("cpaper")]
    [InlineData("slide")]
    public void CitationJs_SeedSite_EachTalksTitleAuthorsDateAndEvent(string type)
    {
        var read = Word.SeedSiteWordTests.ReadSeedSite();
        var talks = CitationKeys.Assign(read.Talks);
        var site = read.Site;
        var ris = ExportRun.Text(new RisExporter(), talks, ExporterSettings.Empty.With(RisExporter.TypeOption, type), site);

        var items = ReadBack(ris);

        Assert.Equal(30, talks.Count);
        Assert.Equal(talks.Count, items.Count);
        Assert.Equal(talks.Count, ris.Split("\r\n").Count(l => l == "TY  - " + type.ToUpperInvariant()));
        for (var i = 0; i < talks.Count; i++)
        {
            var (talk, item) = (talks[i], items[i]);
            Assert.Equal(OneLine(talk.Title), Text(item, "title"));
            Assert.Equal(talk.Authors.Select(p => p.Literal ?? p.Family), item.GetProperty("author").EnumerateArray().Select(a => Text(a, "literal") ?? Text(a, "family")));
            AssertDate(talk.Date, item);
            if (type == "cpaper")
            {
                // citation-js reads T2 only for a conference paper (SLIDE maps to motion_picture; README says so).
                Assert.Equal(OneLine(talk.Venue), Text(item, "event-title"));
            }
        }
    }

    [Fact]
    public void CitationJs_Slide_ReadsTitleAuthorsDateAndKind()
    {
        var ris = ExportRun.Text(new RisExporter(), SampleTalks.Printable, ExporterSettings.Empty.With(RisExporter.TypeOption, "slide"), SampleTalks.Site);
        var items = ReadBack(ris);

        Assert.Equal(SampleTalks.Printable.Count, ris.Split("\r\n").Count(l => l == "TY  - SLIDE"));
        Assert.Equal(SampleTalks.Printable.Select(t => t.Title), items.Select(i => Text(i, "title")));
        Assert.Equal(SampleTalks.Printable.Select(t => t.Kind.Label()), items.Select(i => Text(i, "genre")));
        Assert.All(items.Zip(SampleTalks.Printable), p => AssertDate(p.Second.Date, p.First));
    }

    private static void AssertDate(TalkDate? date, JsonElement item)
    {
        if (date is not { } d)
        {
            Assert.False(item.TryGetProperty("issued", out _));
            return;
        }

        int[] expected = [d.Year, .. d.Month is { } m ? new[] { m } : [], .. d.Day is { } day ? new[] { day } : []];
        Assert.Equal(expected, item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
    }

    private static List<JsonElement> ReadBack(string ris)
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("talks.ris");
        File.WriteAllText(path, ris);
        var result = NodeOracle.Run("@citation-js/plugin-ris", Script, [path]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return [.. JsonDocument.Parse(result.StandardOutput).RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static string? Text(JsonElement item, string name) => item.TryGetProperty(name, out var v) ? v.GetString() : null;

    // What the RIS value of a text is: control characters dropped, every run of white space one space.
    private static string? OneLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Spaces().Replace(Core.Text.TextSanitizer.Clean(text), " ").Trim();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]  - ")]
    private static partial Regex TagLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
