using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Orcid;

/// <summary>libxml2's validator as a second opinion on the same documents (one xmllint run per schema).</summary>
public sealed class OrcidXmllintTests
{
    [Fact]
    public void Xmllint_WorkAndBulkOutputs_ValidateAgainstOrcidXsds()
    {
        var xmllint = ExternalTool.Require("xmllint");
        using var dir = new TempDirectory();
        var talks = OrcidTestTalks.Hostile.Append(OrcidTestTalks.SeedLike).ToArray();
        var works = new Dictionary<string, string>
        {
            ["work-from-json.xml"] = OrcidJsonToXml.Convert(OrcidExporterTests.Json([OrcidTestTalks.SeedLike])).ToString(),
            ["work.xml"] = OrcidExporterTests.Xml([OrcidTestTalks.SeedLike]),
            ["work-hostile.xml"] = OrcidExporterTests.Xml([OrcidTestTalks.Hostile[0]]),
        };
        var bulks = new Dictionary<string, string>
        {
            ["bulk-from-json.xml"] = OrcidJsonToXml.Convert(OrcidExporterTests.Json(talks)).ToString(),
            ["bulk.xml"] = OrcidExporterTests.Xml(talks),
            ["bulk-empty.xml"] = OrcidExporterTests.Xml([]),
        };

        foreach (var (schema, files) in new[] { (OrcidSchemas.WorkXsd, works), (OrcidSchemas.BulkXsd, bulks) })
        {
            foreach (var (name, text) in files)
            {
                File.WriteAllText(dir.Combine(name), text);
            }

            var result = ExternalTool.Run(xmllint, ["--noout", "--schema", schema, .. files.Keys.Select(k => dir.Combine(k))]);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(files.Count, result.StandardError.Split('\n').Count(l => l.EndsWith(" validates", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Xmllint_BrokenWork_IsRejected()
    {
        var xmllint = ExternalTool.Require("xmllint");
        using var dir = new TempDirectory();
        var broken = OrcidExporterTests.Xml([OrcidTestTalks.SeedLike]).Replace("<work:type>", "<work:kind>", StringComparison.Ordinal).Replace("</work:type>", "</work:kind>", StringComparison.Ordinal);
        File.WriteAllText(dir.Combine("broken.xml"), broken);

        var result = ExternalTool.Run(xmllint, ["--noout", "--schema", OrcidSchemas.WorkXsd, dir.Combine("broken.xml")]);

        Assert.NotEqual(0, result.ExitCode);
    }
}
