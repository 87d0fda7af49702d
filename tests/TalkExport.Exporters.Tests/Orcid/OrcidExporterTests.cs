using System.Text.Json;
using System.Xml.Linq;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX;
using TalkExport.Exporters.Orcid;

namespace TalkExport.Exporters.Tests.Orcid;

public sealed class OrcidExporterTests
{
    public static TheoryData<string> ExporterIds => ["orcid", "orcid-xml"];

    [Fact]
    public void Export_OneTalk_IsOneValidWorkDocument()
    {
        var json = Json([OrcidTestTalks.SeedLike]);

        using var doc = JsonDocument.Parse(json);
        Assert.False(doc.RootElement.TryGetProperty("bulk", out _));
        Assert.Equal("Uncertainty in deep learning", doc.RootElement.GetProperty("title").GetProperty("title").GetProperty("value").GetString());
        Assert.Equal("public-speech", doc.RootElement.GetProperty("type").GetString());
        AssertValid(json);
    }

    [Fact]
    public void Export_OneTalk_CitationIsTheBibTeXExportersEntry()
    {
        var json = Json([OrcidTestTalks.SeedLike]);

        using var doc = JsonDocument.Parse(json);
        var citation = doc.RootElement.GetProperty("citation");
        Assert.Equal("bibtex", citation.GetProperty("citation-type").GetString());
        var expected = BibTeXExporter.FormatEntry(OrcidTestTalks.SeedLike, new BibTeXOptions { KeepUtf8 = true, Owner = OrcidTestTalks.Site.Owner });
        Assert.Equal(expected, citation.GetProperty("citation-value").GetString());
        Assert.StartsWith("@misc{mogren2020uncertainty,", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_TalksWithoutKeys_GetCitationKeys()
    {
        var json = Json(OrcidTestTalks.Many(3));

        using var doc = JsonDocument.Parse(json);
        var keys = doc.RootElement.GetProperty("bulk").EnumerateArray()
            .Select(w => w.GetProperty("work").GetProperty("citation").GetProperty("citation-value").GetString()!)
            .Select(v => v[(v.IndexOf('{', StringComparison.Ordinal) + 1)..v.IndexOf(',', StringComparison.Ordinal)])
            .ToArray();
        Assert.All(keys, k => Assert.Matches("^[a-z0-9_:.-]+$", k));
        Assert.Equal(3, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Export_HostileTalks_StayValidBulk()
    {
        var diagnostics = new List<Diagnostic>();
        var json = Json(OrcidTestTalks.Hostile, diagnostics.Add);

        using var doc = JsonDocument.Parse(json);
        Assert.Equal(OrcidTestTalks.Hostile.Count, doc.RootElement.GetProperty("bulk").GetArrayLength());
        AssertValid(json);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.StartsWith("TE5", d.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void Export_ManyKindsLegacyTypes_UsesOnlyOldTypes()
    {
        var context = new ExportContext { Site = OrcidTestTalks.Site, Settings = ExporterSettings.Empty.With("legacy-types") };
        var target = new MemoryOutputTarget();

        new OrcidExporter().Export(OrcidTestTalks.Many(30), context, target);

        Assert.Empty(OrcidSchemas.Validate(OrcidJsonToXml.Convert(target.Text)));
        Assert.Empty(OrcidRules.Check(target.Text, legacyTypes: true));
        Assert.DoesNotContain("public-speech", target.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_NoTalks_IsAnEmptyValidBulk()
    {
        var json = Json([]);

        Assert.Equal("{\n  \"bulk\": []\n}\n", json);
        Assert.Empty(OrcidSchemas.Validate(OrcidJsonToXml.Convert(json)));
        Assert.Empty(OrcidSchemas.Validate(Xml([])));
    }

    [Fact]
    public void Export_250TalksToPartsTarget_Writes3ValidFilesOfAtMost100()
    {
        var target = new MemoryOutputTarget(supportsParts: true);

        new OrcidExporter().Export(OrcidTestTalks.Many(250), new ExportContext { Site = OrcidTestTalks.Site }, target);

        Assert.Equal(0, target.OpenCount);
        Assert.Equal([1, 2, 3], target.Parts.Keys);
        var counts = target.Parts.Values.Select(json =>
        {
            Assert.Empty(OrcidSchemas.Validate(OrcidJsonToXml.Convert(json)));
            Assert.Empty(OrcidRules.Check(json));
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.GetProperty("bulk").GetArrayLength();
        }).ToArray();
        Assert.Equal([100, 100, 50], counts);
    }

    [Fact]
    public void Export_100TalksToPartsTarget_IsOneSingleFile()
    {
        var target = new MemoryOutputTarget(supportsParts: true);

        new OrcidExporter().Export(OrcidTestTalks.Many(100), new ExportContext { Site = OrcidTestTalks.Site }, target);

        Assert.Equal(1, target.OpenCount);
        Assert.Empty(target.Parts);
    }

    [Fact]
    public void Export_TargetFailsToOpen_IsAnOutputFailure()
    {
        var e = Assert.Throws<TalkExportException>(() => new OrcidExporter().Export([OrcidTestTalks.SeedLike], new ExportContext(), new FailingTarget()));

        Assert.Equal(FailureKind.Output, e.Kind);
        Assert.Equal("broken.orcid.json", e.Path);
    }

    [Theory]
    [MemberData(nameof(ExporterIds))]
    public void Export_101TalksToSingleTarget_FailsWithUsageHint(string id)
    {
        ITalkExporter exporter = id == "orcid" ? new OrcidExporter() : new OrcidXmlExporter();
        var target = new MemoryOutputTarget();

        var e = Assert.Throws<TalkExportException>(() => exporter.Export(OrcidTestTalks.Many(101), new ExportContext(), target));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.Contains("--output-dir", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, target.OpenCount);
    }

    [Fact]
    public void Export_100TalksToSingleTarget_IsOneBulk()
    {
        var json = Json(OrcidTestTalks.Many(100));

        using var doc = JsonDocument.Parse(json);
        Assert.Equal(100, doc.RootElement.GetProperty("bulk").GetArrayLength());
        AssertValid(json);
    }

    [Fact]
    public void XmlExport_SameTalks_EqualsTheConvertedJson()
    {
        var talks = OrcidTestTalks.Hostile.Append(OrcidTestTalks.SeedLike).ToArray();

        var fromJson = OrcidJsonToXml.Convert(Json(talks));
        var xml = XDocument.Parse(Xml(talks));

        Assert.Empty(OrcidSchemas.Validate(xml));
        Assert.Equal(Canonical(fromJson), Canonical(xml));
    }

    [Fact]
    public void XmlExport_OneTalk_IsValidWorkElement()
    {
        var xml = Xml([OrcidTestTalks.SeedLike]);

        Assert.Equal(OrcidJsonToXml.Work + "work", XDocument.Parse(xml).Root!.Name);
        Assert.Empty(OrcidSchemas.Validate(xml));
    }

    [Theory]
    [MemberData(nameof(ExporterIds))]
    public void Export_Twice_SameBytesUtf8NoBomLf(string id)
    {
        ITalkExporter exporter = id == "orcid" ? new OrcidExporter() : new OrcidXmlExporter();
        var talks = OrcidTestTalks.Hostile.ToArray();

        byte[] Run()
        {
            var target = new MemoryOutputTarget();
            exporter.Export(talks, new ExportContext { Site = OrcidTestTalks.Site }, target);
            return target.Bytes;
        }

        var first = Run();
        Assert.Equal(first, Run());
        Assert.False(first.AsSpan().StartsWith("\uFEFF"u8), "no BOM");
        Assert.DoesNotContain((byte)'\r', first);
        Assert.Equal((byte)'\n', first[^1]);
    }

    [Fact]
    public void Metadata_IdsAndExtensions_AreAsDocumented()
    {
        var json = new OrcidExporter();
        var xml = new OrcidXmlExporter();

        Assert.Equal(("orcid", ".orcid.json", false), (json.Id, json.Extension, json.IsBinary));
        Assert.Equal(("orcid-xml", ".orcid.xml", false), (xml.Id, xml.Extension, xml.IsBinary));
        Assert.Equal("legacy-types", Assert.Single(json.Options).Name);
        Assert.Equal(ExporterOptionKind.Flag, json.Options[0].Kind);
    }

    internal static string Json(IReadOnlyList<Talk> talks, Action<Diagnostic>? report = null)
    {
        var target = new MemoryOutputTarget();
        new OrcidExporter().Export(talks, new ExportContext { Site = OrcidTestTalks.Site, Report = report ?? (_ => { }) }, target);
        return target.Text;
    }

    internal static string Xml(IReadOnlyList<Talk> talks)
    {
        var target = new MemoryOutputTarget();
        new OrcidXmlExporter().Export(talks, new ExportContext { Site = OrcidTestTalks.Site }, target);
        return target.Text;
    }

    internal static void AssertValid(string json, bool legacyTypes = false)
    {
        Assert.Empty(OrcidSchemas.Validate(OrcidJsonToXml.Convert(json)));
        Assert.Empty(OrcidRules.Check(json, legacyTypes));
    }

    // Namespace prefixes and indentation aside, the same elements, attributes and text.
    private static string Canonical(XDocument doc)
    {
        var root = new XElement(doc.Root!);
        root.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        foreach (var e in root.Descendants())
        {
            e.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    private sealed class FailingTarget : IOutputTarget
    {
        public string DisplayName => "broken.orcid.json";

        public bool SupportsParts => false;

        public bool IsTerminal => false;

        public Stream Open() => throw new IOException("disk full");

        public Stream OpenPart(int number) => throw new NotSupportedException();
    }
}
