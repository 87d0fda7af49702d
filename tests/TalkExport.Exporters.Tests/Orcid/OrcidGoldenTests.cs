using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Orcid;

/// <summary>
/// The exact output for a few hand-built talks, kept as golden files so that a change shows as
/// a diff; each golden file is also checked by ORCID's XSDs and rules, so the expectation itself
/// is one ORCID accepts.
/// </summary>
public sealed class OrcidGoldenTests
{
    private static Core.Model.Talk[] Talks => [OrcidTestTalks.SeedLike, .. OrcidTestTalks.Many(2), OrcidTestTalks.Hostile[4]];

    [Fact]
    public void Json_SampleTalks_MatchesGoldenAndIsValid()
    {
        var json = OrcidExporterTests.Json(Talks);

        OrcidExporterTests.AssertValid(json);
        GoldenFile.AssertMatches("tests/TalkExport.Exporters.Tests/Golden/orcid/sample.orcid.json", json);
    }

    [Fact]
    public void Xml_SampleTalks_MatchesGoldenAndIsValid()
    {
        var xml = OrcidExporterTests.Xml(Talks);

        Assert.Empty(OrcidSchemas.Validate(xml));
        GoldenFile.AssertMatches("tests/TalkExport.Exporters.Tests/Golden/orcid-xml/sample.orcid.xml", xml);
    }
}
