using System.Text.Json;
using TalkExport.Core.Exporting;
using TalkExport.Exporters.Csl;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Csl;

public sealed class CslJsonExporterTests
{
    private const string ApaStyle = "/usr/share/texlive/texmf-dist/tex/latex/citation-style-language/styles/apa.csl";

    [Fact]
    public void Export_Seminar_IsSpeechItemWithEventFields()
    {
        using var doc = JsonDocument.Parse(ExportRun.Text(new CslJsonExporter(), [SampleTalks.Seminar]));

        var item = doc.RootElement[0];
        Assert.Equal("lindqvist2020uncertainty", item.GetProperty("id").GetString());
        Assert.Equal("speech", item.GetProperty("type").GetString());
        Assert.Equal("Seminar", item.GetProperty("genre").GetString());
        Assert.Equal(SampleTalks.Seminar.Venue, item.GetProperty("event").GetString());
        Assert.Equal(SampleTalks.Seminar.Venue, item.GetProperty("event-title").GetString());
        Assert.Equal("[[2020,11,5]]", item.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal(SampleTalks.Seminar.Links.Page, item.GetProperty("URL").GetString());
        Assert.Equal("default, uncertainty", item.GetProperty("keyword").GetString());
        Assert.Equal("Lindqvist", item.GetProperty("author")[0].GetProperty("family").GetString());
    }

    [Fact]
    public void Export_RangeLiteralAndOwner_MappedToCslVariables()
    {
        using var doc = JsonDocument.Parse(ExportRun.Text(new CslJsonExporter(), [SampleTalks.Keynote, SampleTalks.MonthOnly]));

        var keynote = doc.RootElement[0];
        Assert.Equal(2, keynote.GetProperty("issued").GetProperty("date-parts").GetArrayLength());
        Assert.Equal(5, keynote.GetProperty("issued").GetProperty("date-parts")[1][2].GetInt32());
        Assert.Equal("Nordic AI Consortium", keynote.GetProperty("author")[1].GetProperty("literal").GetString());
        Assert.Equal("Malmö, Sweden", keynote.GetProperty("event-place").GetString());
        Assert.Equal("en", keynote.GetProperty("language").GetString());
        var poster = doc.RootElement[1];
        Assert.Equal(2, poster.GetProperty("issued").GetProperty("date-parts")[0].GetArrayLength());
        Assert.Equal("Ada", poster.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.False(poster.TryGetProperty("URL", out _));
    }

    [Fact]
    public void Export_NoAuthorsOwnerPinnedFamilyGiven_OwnerWithCompoundFamily()
    {
        var site = SampleTalks.Site with { Owner = "Degli Alberti, Ada" };

        using var doc = JsonDocument.Parse(ExportRun.Text(new CslJsonExporter(), [SampleTalks.Seminar with { Authors = [] }], site: site));

        var author = doc.RootElement[0].GetProperty("author")[0];
        Assert.Equal(("Degli Alberti", "Ada"), (author.GetProperty("family").GetString(), author.GetProperty("given").GetString()));
    }

    [Fact]
    public void Export_TalksWithoutKeys_GetCitationKeysAsIds()
    {
        var keynote = SampleTalks.Keynote with { Key = "" };
        var poster = SampleTalks.MonthOnly with { Key = "", BibTeX = null };

        using var doc = JsonDocument.Parse(ExportRun.Text(new CslJsonExporter(), [keynote, poster]));

        Assert.Equal(
            [CitationKeys.NaturalKey(keynote, SampleTalks.Site.Owner), CitationKeys.NaturalKey(poster, SampleTalks.Site.Owner)],
            doc.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.All(doc.RootElement.EnumerateArray(), i => Assert.True(CitationKeys.IsWellFormed(i.GetProperty("id").GetString()!)));
    }

    [Fact]
    public void Export_EmptyInput_IsEmptyArray() =>
        Assert.Equal("[]\n", ExportRun.Text(new CslJsonExporter(), []));

    [Fact]
    public void Pandoc_DefaultAndApaStyles_RenderEveryTalkWithItsEvent()
    {
        var pandoc = ExternalTool.Require("pandoc");
        if (!File.Exists(ApaStyle))
        {
            TestEnvironment.SkipOrFail<string>($"The APA style is not at {ApaStyle} (.ci/run installs texlive-bibtex-extra).");
        }

        using var dir = new TempDirectory();
        var bibliography = dir.Combine("talks.csl.json");
        File.WriteAllBytes(bibliography, ExportRun.Run(new CslJsonExporter(), SampleTalks.All).Bytes);
        var document = dir.Combine("talks.md");
        File.WriteAllText(document, "---\nnocite: \"@*\"\n---\n");

        var chicago = RunPandoc(pandoc, dir.Path, ["--citeproc", "--bibliography", bibliography, "-t", "plain", "--wrap=none", document]);
        var apa = RunPandoc(pandoc, dir.Path, ["--citeproc", "--bibliography", bibliography, "--csl", ApaStyle, "-t", "plain", "--wrap=none", document]);

        foreach (var output in new[] { chicago, apa })
        {
            Assert.Contains("Learning Machines Seminars at Nordic Institute of Testing", output, StringComparison.Ordinal);
            Assert.Contains("Scandinavian Conference on Machine Learning", output, StringComparison.Ordinal);
            Assert.Contains("Workshop on Meta Things", output, StringComparison.Ordinal);
            Assert.Contains("Ørsted-Ångström", output, StringComparison.Ordinal);
            Assert.Contains("Malmö, Sweden", output, StringComparison.Ordinal);
        }

        Assert.Contains("Lindqvist, A. (2020, November 5). Uncertainty in deep learning [Seminar]. Learning Machines Seminars at Nordic Institute of Testing.", apa, StringComparison.Ordinal);
        Assert.Contains("(2019, June 3–5)", apa, StringComparison.Ordinal);
        Assert.Contains("Keynote presented at the Scandinavian Conference on Machine Learning", chicago, StringComparison.Ordinal);
    }

    private static string RunPandoc(string pandoc, string workingDirectory, IReadOnlyList<string> arguments)
    {
        var result = ExternalTool.Run(pandoc, arguments, workingDirectory);
        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.ToString());
        return result.StandardOutput;
    }
}
