using System.Text.Json;
using TalkExport.Exporters.Json;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Json;

public sealed class JsonExporterTests
{
    private static readonly string[] ContractFields =
        ["key", "title", "date", "endDate", "authors", "kind", "venue", "location", "institution", "abstract", "tags", "links", "language", "bibtex", "source", "extra"];

    [Fact]
    public void Export_SeminarTalk_HasContractFieldsInOrder()
    {
        var text = ExportRun.Text(new JsonExporter(), [SampleTalks.Seminar]);

        using var doc = JsonDocument.Parse(text);
        var talk = Assert.Single(doc.RootElement.EnumerateArray().ToArray());
        Assert.Equal(ContractFields, talk.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["given", "family", "literal", "name"], talk.GetProperty("authors")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["page", "slides", "video", "event", "code"], talk.GetProperty("links").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["path", "line"], talk.GetProperty("source").EnumerateObject().Select(p => p.Name));
        Assert.Equal("2020-11-05", talk.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, talk.GetProperty("endDate").ValueKind);
        Assert.Equal("seminar", talk.GetProperty("kind").GetString());
        Assert.Equal("Ada Lindqvist", talk.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, talk.GetProperty("authors")[0].GetProperty("literal").ValueKind);
        Assert.Equal(SampleTalks.Seminar.Abstract, talk.GetProperty("abstract").GetString());
        Assert.Equal(1, talk.GetProperty("source").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Export_Extra_MapsScalarsNullsSequencesAndMappings()
    {
        var text = ExportRun.Text(new JsonExporter(), [SampleTalks.Seminar]);

        using var doc = JsonDocument.Parse(text);
        var extra = doc.RootElement[0].GetProperty("extra");
        Assert.Equal(["layout", "imgsrc", "featured", "empty", "co_hosts", "meta"], extra.EnumerateObject().Select(p => p.Name));
        Assert.Equal("true", extra.GetProperty("featured").GetString());
        Assert.Equal(JsonValueKind.Null, extra.GetProperty("empty").ValueKind);
        Assert.Equal(["Nils", "Åsa"], extra.GetProperty("co_hosts").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("40", extra.GetProperty("meta").GetProperty("seats").GetString());
    }

    [Fact]
    public void Export_DuplicateExtraKey_WritesLastValueOnce()
    {
        var talk = SampleTalks.MonthOnly with
        {
            Extra = [new("k", new Core.Model.FrontMatterScalar("first")), new("other", new Core.Model.FrontMatterScalar("x")), new("k", new Core.Model.FrontMatterScalar("last"))],
        };

        using var doc = JsonDocument.Parse(ExportRun.Text(new JsonExporter(), [talk]));

        var extra = doc.RootElement[0].GetProperty("extra");
        Assert.Equal(["other", "k"], extra.EnumerateObject().Select(p => p.Name));
        Assert.Equal("last", extra.GetProperty("k").GetString());
    }

    [Fact]
    public void Export_HostileValues_KeepsNonAsciiEscapesControlsAndRoundTrips()
    {
        var bytes = ExportRun.Run(new JsonExporter(), [SampleTalks.Hostile]).Bytes;
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), "no byte-order mark");
        Assert.DoesNotContain('\r', text);
        Assert.Contains("Ørsted-Ångström", text, StringComparison.Ordinal);
        Assert.Contains("日本語 🎉", text, StringComparison.Ordinal);
        Assert.Contains("\\u001B", text, StringComparison.Ordinal);
        Assert.Contains("\\r\\n", text, StringComparison.Ordinal);
        Assert.EndsWith("]\n", text, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(text);
        var talk = doc.RootElement[0];
        Assert.Equal(SampleTalks.Hostile.Title, talk.GetProperty("title").GetString());
        Assert.Equal(SampleTalks.Hostile.Abstract, talk.GetProperty("abstract").GetString());
        Assert.Equal(SampleTalks.Hostile.Location, talk.GetProperty("location").GetString());
        Assert.Equal("2021", talk.GetProperty("date").GetString());
        Assert.Equal("@attacker", talk.GetProperty("authors")[0].GetProperty("literal").GetString());
    }

    [Fact]
    public void Export_EmptyInput_IsEmptyArray() =>
        Assert.Equal("[]\n", ExportRun.Text(new JsonExporter(), []));

    [Fact]
    public void Export_SampleTalks_MatchesGolden() =>
        GoldenFile.AssertMatches("tests/TalkExport.Exporters.Tests/Golden/json/sample-talks.json", ExportRun.Text(new JsonExporter(), SampleTalks.All));
}
