using TalkExport.Cli.Config;
using TalkExport.Cli.Tests.Support;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests;

public sealed class ConfigFileTests
{
    private static (TalkExportConfig Config, List<Diagnostic> Found) Load(string yaml)
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("talkexport.yml");
        File.WriteAllText(path, yaml);
        var found = new List<Diagnostic>();
        var registry = new ExporterRegistry().Add(new FakeExporter());
        return (ConfigFileLoader.Load(path, "talkexport.yml", registry, found), found);
    }

    [Fact]
    public void Load_AllKeys_Read()
    {
        var (config, found) = Load("""
            owner: Ada Example
            base_url: https://ada.example.org/
            dialect: jekyll-posts
            aliases: { speaker: authors }
            ignore_tags: [default, frontpage]
            fake: { style: fancy, columns: [date, title], shout: true }
            """);
        Assert.Empty(found);
        Assert.Equal(("Ada Example", "https://ada.example.org", "jekyll-posts"), (config.Owner, config.BaseUrl, config.Dialect));
        Assert.Equal("authors", config.Aliases["speaker"]);
        Assert.Equal(["default", "frontpage"], config.IgnoreTags);
        var fake = config.For("fake");
        Assert.Equal("fancy", fake.GetString("style"));
        Assert.Equal(["date", "title"], fake.GetList("columns"));
        Assert.True(fake.GetFlag("shout"));
    }

    [Fact]
    public void Load_UnknownTopKey_ErrorWithLine()
    {
        var (_, found) = Load("owner: A\n\nbase_ulr: https://x.org\n");
        var d = Assert.Single(found);
        Assert.Equal((CliDiagnosticCodes.ConfigUnknownKey, 3, 1), (d.Code, d.Line, d.Column));
        Assert.StartsWith("talkexport.yml:3:1: error TE7011: unknown key 'base_ulr'", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownExporterKey_ErrorWithLine()
    {
        var (_, found) = Load("fake:\n  style: plain\n  colour: red\n");
        var d = Assert.Single(found);
        Assert.Equal((CliDiagnosticCodes.ConfigUnknownKey, 3), (d.Code, d.Line));
        Assert.Contains("under 'fake'", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///home/ada/site")]
    [InlineData("ada.example.org")]
    public void Load_BaseUrlNotAWebUrl_ErrorWithLine(string url)
    {
        var (config, found) = Load($"owner: A\nbase_url: \"{url}\"\n");
        var d = Assert.Single(found);
        Assert.Equal((CliDiagnosticCodes.ConfigBadValue, 2, 11), (d.Code, d.Line, d.Column));
        Assert.Null(config.BaseUrl);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("https://")]
    public void Cli_BaseUrlOptionNotAWebUrl_Exit1(string url)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("_config.yml"), "name: A\n");
        var r = CliRunner.Run(CliRunner.WithFakes(), "fake", dir.Path, "--base-url", url);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("--base-url: '" + url + "' is not an http or https URL", r.Stderr, StringComparison.Ordinal);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void Load_InvalidYaml_ErrorWithLine()
    {
        var (_, found) = Load("owner: [unclosed\n");
        Assert.Equal(CliDiagnosticCodes.ConfigUnreadable, Assert.Single(found).Code);
    }

    [Fact]
    public void Cli_UnknownKeyInSiteConfig_Exit1BeforeReading()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("_config.yml"), "name: A\n");
        File.WriteAllText(dir.Combine("talkexport.yml"), "owner: A\nwhatever: 1\n");
        var r = CliRunner.Run(CliRunner.WithFakes(), "fake", dir.Path);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains(":2:1: error TE7011: unknown key 'whatever'", r.Stderr, StringComparison.Ordinal);
        Assert.Empty(r.StdoutBytes);
    }

    [Fact]
    public void Cli_ConfigOptionMissingFile_Exit1()
    {
        using var dir = new TempDirectory();
        var r = CliRunner.Run(CliRunner.WithFakes(), "fake", dir.Path, "--config", dir.Combine("none.yml"));
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Contains("config file not found", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_StopsAtSiteRoot()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("talkexport.yml"), "owner: Outside\n");
        Directory.CreateDirectory(dir.Combine("site", "talks", "_posts"));
        File.WriteAllText(dir.Combine("site", "_config.yml"), "name: A\n");
        Assert.Null(ConfigFileLoader.Find(dir.Combine("site", "talks", "_posts")));
        File.WriteAllText(dir.Combine("site", "talkexport.yml"), "owner: Inside\n");
        Assert.Equal(dir.Combine("site", "talkexport.yml"), ConfigFileLoader.Find(dir.Combine("site", "talks", "_posts")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Bibtex_OwnerFamilyGivenFromConfigOrOption_IsTheAuthorWithItsCompoundFamily(bool inConfig)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("_config.yml"), "name: Your Name\n");
        Directory.CreateDirectory(dir.Combine("_talks"));
        File.WriteAllText(dir.Combine("_talks", "2020-01-01-sea-ice.md"), "---\ntitle: Sea ice\ndate: 2020-01-01\n---\n");
        if (inConfig)
        {
            File.WriteAllText(dir.Combine("talkexport.yml"), "owner: Degli Alberti, Ada\n");
        }

        var r = inConfig ? CliRunner.Run("bibtex", dir.Path) : CliRunner.Run("bibtex", dir.Path, "--owner", "Degli Alberti, Ada");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("author       = {Degli Alberti, Ada},", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("@misc{deglialberti2020sea,", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("TE1103", r.Stderr, StringComparison.Ordinal);
    }
}
