using System.Xml.Linq;

namespace TalkExport.Exporters.Tests.Orcid;

/// <summary>Proves the test oracles themselves: ORCID's own samples pass, known-bad documents fail.</summary>
public sealed class OrcidOracleTests
{
    [Theory]
    [InlineData("work-full-3.0.json")]
    [InlineData("bulk-work-3.0.json")]
    [InlineData("bulk-works-3-works-3.0.json")]
    public void Converter_OfficialJsonSamples_ValidateAgainstXsd(string sample)
    {
        var json = File.ReadAllText(Path.Combine(OrcidSchemas.Folder, "record_3.0", "samples", sample));

        Assert.Empty(OrcidSchemas.Validate(OrcidJsonToXml.Convert(json)));
    }

    [Fact]
    public void Xsd_ElementsOutOfOrder_Fail()
    {
        var json = Minimal.Replace("\"title\": { \"title\": { \"value\": \"T\" } },", "", StringComparison.Ordinal)
            .Replace("\"type\": \"lecture-speech\"", "\"type\": \"lecture-speech\", \"title\": { \"title\": { \"value\": \"T\" } }", StringComparison.Ordinal);

        Assert.Empty(OrcidSchemas.Validate(OrcidJsonToXml.Convert(Minimal)));
        Assert.NotEmpty(OrcidSchemas.Validate(OrcidJsonToXml.Convert(json)));
    }

    [Theory]
    [InlineData("\"T\"", "\"\"")]
    [InlineData("\"T\"", "\"   \"")]
    [InlineData("\"type\"", "\"kind\"")]
    [InlineData("\"2020\"", "\"1800\"")]
    public void Xsd_BadValues_Fail(string from, string to)
    {
        var json = ReplaceFirst(Minimal, from, to);

        Assert.NotEmpty(OrcidSchemas.Validate(OrcidJsonToXml.Convert(json)));
    }

    [Theory]
    [InlineData("\"lecture-speech\"", "\"talk\"", "work type")]
    [InlineData("\"11\"", "\"5\"", "month")]
    [InlineData("\"self\"", "\"part-of\"", "no self")]
    [InlineData("\"https://example.org/t\" }, \"contributors\"", "\"\" }, \"contributors\"", "empty string")]
    [InlineData("\"author\"", "\"speaker\"", "contributor role")]
    public void Rules_ValuesTheXsdAccepts_AreCaught(string from, string to, string expected)
    {
        var json = ReplaceFirst(Minimal, from, to);

        Assert.Empty(OrcidSchemas.Validate(OrcidJsonToXml.Convert(json)));
        Assert.Contains(OrcidRules.Check(json), p => p.Contains(expected, StringComparison.Ordinal));
        Assert.Empty(OrcidRules.Check(Minimal));
    }

    [Fact]
    public void Rules_NewTypeWithLegacyTypes_IsCaught()
    {
        var json = ReplaceFirst(Minimal, "\"lecture-speech\"", "\"public-speech\"");

        Assert.Empty(OrcidRules.Check(json));
        Assert.NotEmpty(OrcidRules.Check(json, legacyTypes: true));
    }

    [Fact]
    public void Converter_TranslatedTitle_BecomesAttribute()
    {
        var xml = OrcidJsonToXml.Convert(File.ReadAllText(Path.Combine(OrcidSchemas.Folder, "record_3.0", "samples", "work-full-3.0.json")));

        var translated = xml.Descendants(OrcidJsonToXml.Common + "translated-title").Single();
        Assert.Equal("en", (string?)translated.Attribute("language-code"));
        Assert.Equal("Translated-title English", translated.Value);
    }

    private const string Minimal = """
        { "title": { "title": { "value": "T" } }, "type": "lecture-speech",
          "publication-date": { "year": { "value": "2020" }, "month": { "value": "11" } },
          "external-ids": { "external-id": [ { "external-id-type": "uri", "external-id-value": "https://example.org/t",
            "external-id-relationship": "self" } ] },
          "url": { "value": "https://example.org/t" }, "contributors": { "contributor": [ { "credit-name": { "value": "A" },
            "contributor-attributes": { "contributor-sequence": "first", "contributor-role": "author" } } ] } }
        """;

    private static string ReplaceFirst(string text, string from, string to)
    {
        var i = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{from}' not in the fixture");
        return text[..i] + to + text[(i + from.Length)..];
    }

    internal static XDocument Parse(string xml) => XDocument.Parse(xml);
}
