using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

/// <summary>The owner as a site names it: honorifics and degrees dropped, template sample people refused.</summary>
public sealed class SiteOwnerTests
{
    [Theory]
    [InlineData("_config.yml", "name: \"Dr. Ada Lindqvist, Ph.D.\"\n", "Ada Lindqvist")]
    [InlineData("_config.yml", "author:\n  name: Prof. Ada Lindqvist MBA\n", "Ada Lindqvist")]
    [InlineData("_config.yml", "first_name: Ada\nmiddle_name: M.\nlast_name: Lindqvist\n", "Ada M. Lindqvist")]
    [InlineData("_config.yml", "first_name: Ada\nmiddle_name:\nlast_name: Lindqvist\n", "Ada Lindqvist")]
    [InlineData("content/authors/admin/_index.md", "---\ntitle: Dr. rer. nat. Ada Lindqvist\nsuperuser: true\n---\n", "Ada Lindqvist")]
    public void Load_OwnerWithTitleOrDegree_IsTheNameOnly(string file, string text, string owner)
    {
        using var temp = Site(file, text);
        var diagnostics = new List<Diagnostic>();

        var site = SiteConfigLoader.Load(temp.Path, ReaderOptions.Default, diagnostics);

        Assert.Equal(owner, site.Owner);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("_config.yml", "name: &name \"Your Name\"\nauthor:\n  name: Your Sidebar Name\n")]
    [InlineData("_config.yml", "author:\n  name: Your Sidebar Name\n")]
    [InlineData("_config.yml", "first_name: You\nmiddle_name: R.\nlast_name: Name\n")]
    [InlineData("content/authors/admin/_index.md", "---\ntitle: Nelson Bighetti\nsuperuser: true\n---\n")]
    [InlineData("data/authors/me.yaml", "is_owner: true\nname:\n  display: Dr. Alex Johnson\n")]
    [InlineData("config.toml", "[params]\n  name = \"Lena Smith\"\n")]
    public void Load_TemplateSamplePerson_IsNoOwnerWithOneWarningAtItsFile(string file, string text)
    {
        using var temp = Site(file, text);
        var diagnostics = new List<Diagnostic>();

        var site = SiteConfigLoader.Load(temp.Path, ReaderOptions.Default, diagnostics);

        Assert.Null(site.Owner);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, MappingDiagnosticCodes.SampleOwner), (warning.Severity, warning.Code));
        Assert.EndsWith("/" + file, warning.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SampleSuperuserBesideOneOtherProfile_TheOtherIsTheOwnerWithoutWarning()
    {
        // The starter's admin profile left as it came, and the person's own profile beside it.
        using var temp = Site("content/authors/admin/_index.md", "---\ntitle: Nelson Bighetti\nsuperuser: true\n---\n");
        temp.Write("content/authors/ada/_index.md", "---\nname: Dr. Ada Lindqvist\nsuperuser: false\n---\n");
        var diagnostics = new List<Diagnostic>();

        var site = SiteConfigLoader.Load(temp.Path, ReaderOptions.Default, diagnostics);

        Assert.Equal("Ada Lindqvist", site.Owner);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Load_SampleSuperuserBesideTwoOtherProfiles_IsNoOwnerWithOneWarning()
    {
        // Neither other profile says it is the owner: which of them would be a guess.
        using var temp = Site("content/authors/admin/_index.md", "---\ntitle: Nelson Bighetti\nsuperuser: true\n---\n");
        temp.Write("content/authors/ada/_index.md", "---\ntitle: Ada Lindqvist\n---\n");
        temp.Write("content/authors/bo/_index.md", "---\ntitle: Bo Sandberg\n---\n");
        var diagnostics = new List<Diagnostic>();

        var site = SiteConfigLoader.Load(temp.Path, ReaderOptions.Default, diagnostics);

        Assert.Null(site.Owner);
        Assert.Equal(MappingDiagnosticCodes.SampleOwner, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Load_TemplateSamplePersonButOwnerGiven_UsesTheOptionWithoutWarning()
    {
        using var temp = Site("_config.yml", "name: Your Name\n");
        var diagnostics = new List<Diagnostic>();

        var site = SiteConfigLoader.Load(temp.Path, ReaderOptions.Default with { Owner = " Dr. Ada Lindqvist " }, diagnostics);

        Assert.Equal("Ada Lindqvist", site.Owner);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Read_SiteWithSampleOwner_WarnsOnceAndLeavesTalksWithoutAuthor()
    {
        using var temp = Site("_config.yml", "name: Your Name\n");
        temp.Write("_talks/2020-01-01-a.md", "---\ntitle: First talk\ndate: 2020-01-01\n---\n");
        temp.Write("_talks/2021-01-01-b.md", "---\ntitle: Second talk\ndate: 2021-01-01\n---\n");

        var result = new TalkReader(ReaderOptions.Default).Read([temp.Path], TestContext.Current.CancellationToken);

        Assert.Single(result.Diagnostics, d => d.Code == MappingDiagnosticCodes.SampleOwner);
        Assert.Equal(2, result.Talks.Count);
        Assert.All(result.Talks, t => Assert.Empty(t.Authors));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("Ada Lindqvist", "Ada Lindqvist")]
    public void Read_RecordNamingTheSampleProfileId_IsTheOwnerIfKnown(string? owner, string authors)
    {
        using var temp = Site("content/authors/admin/_index.md", "---\ntitle: Nelson Bighetti\nsuperuser: true\n---\n");
        temp.Write("content/event/a/index.md", "---\ntitle: A talk\ndate: 2020-01-01\nauthors: [admin]\n---\n");

        var result = new TalkReader(ReaderOptions.Default with { Owner = owner }).Read([temp.Path], TestContext.Current.CancellationToken);

        Assert.Equal(authors, string.Join("; ", Assert.Single(result.Talks).Authors.Select(a => a.Name)));
    }

    private static TempDirectory Site(string file, string text)
    {
        var temp = new TempDirectory();
        temp.Write(file, text);
        if (file.StartsWith("content/", StringComparison.Ordinal) || file.StartsWith("data/", StringComparison.Ordinal))
        {
            temp.Write("hugo.toml", "baseURL = \"https://ada.example.org/\"\n");
        }

        return temp;
    }
}
