using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

public sealed class SiteConfigLoaderTests
{
    // input.md's table of corpus sites, checked by hand there; honorifics are not part of a name
    // ("Dr. Jose M. Pizarro"), and the academicpages demo's "Your Name" is nobody (SampleOwnerTests).
    [Theory]
    [InlineData("olofmogren--olofmogren.github.io", "jekyll", "https://olofmogren.github.io", "Olof Mogren")]
    [InlineData("staeiou--staeiou.github.io", "jekyll", "https://stuartgeiger.com", "R. Stuart Geiger")]
    [InlineData("emhastings--emhastings.github.io", "jekyll", "https://emhastings.github.io", "Emily M. Hastings")]
    [InlineData("tyronechen--tyronechen.github.io", "jekyll", "https://tyronechen.github.io", "Tyrone Chen (曾垂德)")]
    [InlineData("zhangyk8--zhangyk8.github.io", "jekyll", "https://zhangyk8.github.io", "Yikun Zhang")]
    [InlineData("JosePizarro3--JosePizarro3.github.io", "jekyll", "https://JosePizarro3.github.io", "Jose M. Pizarro")]
    [InlineData("sdalcengio--sdalcengio.github.io", "jekyll", "https://saradc.github.io", "Sara Dal Cengio")]
    [InlineData("GeertLitjens--academic-kickstart", "hugo", "https://geertlitjens.nl", "Geert Litjens")]
    [InlineData("ArmandoFalcucci--website", "hugo", "https://example.com", "Armando Falcucci")]
    [InlineData("adswa--website", "hugo", null, "Adina Svenja Wagner")]
    public void Load_CorpusSite_MatchesInputTable(string folder, string generator, string? url, string owner)
    {
        var root = Path.Combine(TestEnvironment.RequireCorpus(), folder);
        var diagnostics = new List<Diagnostic>();

        var site = SiteConfigLoader.Load(root, ReaderOptions.Default, diagnostics);

        Assert.Equal(generator, site.Generator);
        Assert.Equal(url, site.BaseUrl);
        Assert.Equal(owner, site.Owner);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Load_SeedSite_HasSitePermalinkPattern()
    {
        var site = SiteConfigLoader.Load(TestEnvironment.RequireSeedSite(), ReaderOptions.Default, []);

        Assert.Equal("/:categories/:year/:title/", site.Permalink);
    }

    [Fact]
    public void Load_AcademicPagesSite_HasTalksCollectionPattern()
    {
        var root = Path.Combine(TestEnvironment.RequireCorpus(), "emhastings--emhastings.github.io");

        var site = SiteConfigLoader.Load(root, ReaderOptions.Default, []);

        Assert.Equal("/:collection/:path/", site.CollectionPermalinks["talks"]);
    }

    [Fact]
    public void Load_HugoSiteWithSectionPermalink_KeepsIt()
    {
        var root = Path.Combine(TestEnvironment.RequireCorpus(), "ArmandoFalcucci--website");

        var site = SiteConfigLoader.Load(root, ReaderOptions.Default, []);

        Assert.Equal("/talk/:slug/", site.CollectionPermalinks["event"]);
        Assert.Equal("Armando Falcucci", site.Authors["admin"]);
    }

    [Fact]
    public void Load_HugoOwnerIdNotAdmin_ResolvesIdToName()
    {
        var root = Path.Combine(TestEnvironment.RequireCorpus(), "GeertLitjens--academic-kickstart");

        var site = SiteConfigLoader.Load(root, ReaderOptions.Default, []);

        Assert.Equal("Geert Litjens", site.Authors["geert"]);
    }

    [Fact]
    public void Load_HugoDataAuthorIsOwner_GivesDisplayName()
    {
        using var temp = new TempDirectory();
        temp.Write("hugo.yaml", "baseURL: https://ada.example.org/\n");
        temp.Write("data/authors/ada.yaml", "is_owner: true\nname:\n  display: Dr. Ada Example\n  given: Ada\n  family: Example\n");

        var site = SiteConfigLoader.Load(temp.Path, ReaderOptions.Default, []);

        Assert.Equal("Ada Example", site.Owner);
        Assert.Equal("Dr. Ada Example", site.Authors["ada"]);
    }

    [Fact]
    public void FindSiteRoot_SeedRecord_WalksUpToSiteFolder()
    {
        var record = TestEnvironment.RequireSeedRecord();

        var root = SiteConfigLoader.FindSiteRoot(record);

        Assert.Equal(TestEnvironment.RequireSeedSite(), root);
    }

    [Fact]
    public void FindSiteRoot_HugoBundle_FindsConfigDefaultFolder()
    {
        var site = Path.Combine(TestEnvironment.RequireCorpus(), "GeertLitjens--academic-kickstart");

        var root = SiteConfigLoader.FindSiteRoot(Path.Combine(site, "content", "talk", "bessensap", "index.md"));

        Assert.Equal(site, root);
    }

    [Fact]
    public void Load_OptionsOverride_WinOverSite()
    {
        var options = ReaderOptions.Default with { BaseUrl = "https://mogren.one/", Owner = "Someone Else" };

        var site = SiteConfigLoader.Load(TestEnvironment.RequireSeedSite(), options, []);

        Assert.Equal("https://mogren.one", site.BaseUrl);
        Assert.Equal("Someone Else", site.Owner);
    }

    [Fact]
    public void Load_RepositoryFolderWithoutUrlOrCname_HasNoUrl()
    {
        // A clone called academicpages.github.io is not the template's demo site: no URL is guessed from a folder name.
        using var temp = new TempDirectory();
        var root = Path.Combine(temp.Path, "someone--someone.github.io");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "_config.yml"), "author:\n  name: Ada Example\n");

        var site = SiteConfigLoader.Load(root, ReaderOptions.Default, []);

        Assert.Null(site.BaseUrl);
        Assert.Equal("Ada Example", site.Owner);
    }

    [Fact]
    public void Load_ConfigWithQuotedValueContinuedAtColumnZero_ReadsItAsLibyamlDoes()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "_config.yml"), "name: Ada Example\nurl: https://ada.example.org\ndescription: \"a\nb\"\n");
        var diagnostics = new List<Diagnostic>();

        var site = SiteConfigLoader.Load(temp.Path, ReaderOptions.Default, diagnostics);

        Assert.Equal("Ada Example", site.Owner);
        Assert.Equal("https://ada.example.org", site.BaseUrl);
        Assert.DoesNotContain(diagnostics, d => d.Code == "TE1101");
    }

    [Theory]
    [InlineData("config.toml", "baseURL = \"https://ada.example.org/\"\n[params]\n  name = \"Ada Example\"\n")]
    [InlineData("config/_default/params.toml", "name = \"Ada Example\"\n")]
    public void Load_OldHugoAcademicWithoutProfiles_OwnerIsParamsName(string file, string text)
    {
        var site = LoadHugo(file, text, "config.toml", "baseURL = \"https://ada.example.org/\"\n");

        Assert.Equal("Ada Example", site.Owner);
    }

    [Theory]
    [InlineData("config.toml", "baseURL = \"https://ada.example.org/\"\nremovePathAccents = true\ndefaultContentLanguage = \"de\"\n[languages.fr]\n  weight = 2\n")]
    [InlineData("config/_default/languages.yaml", "fr:\n  weight: 2\n")]
    public void Load_HugoPathSettingsAndLanguages_AreRead(string file, string text)
    {
        var site = LoadHugo(file, text, "hugo.yaml", "baseURL: https://ada.example.org/\nremovePathAccents: true\ndefaultContentLanguage: de\n");

        Assert.True(site.HugoPaths.RemovePathAccents);
        Assert.False(site.HugoPaths.DisablePathToLower);
        Assert.Equal(["de", "fr"], site.HugoPaths.Languages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_BrokenConfig_WarnsAndUsesDefaults()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "_config.yml"), "name: [unclosed\n");
        var diagnostics = new List<Diagnostic>();

        var site = SiteConfigLoader.Load(temp.Path, ReaderOptions.Default, diagnostics);

        Assert.Null(site.Owner);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Code == "TE1101");
    }

    [Fact]
    public void Load_DeeplyNestedConfig_WarnsWithoutCrashing()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "_config.yml"), "a: " + new string('[', 20_000) + new string(']', 20_000) + "\n");
        var diagnostics = new List<Diagnostic>();

        SiteConfigLoader.Load(temp.Path, ReaderOptions.Default, diagnostics);

        Assert.Contains(diagnostics, d => d.Code == "TE1101");
    }

    // A Hugo site with one config file; a side file in config/_default/ gets the main config there too.
    private static SiteConfig LoadHugo(string file, string text, string mainName, string mainText)
    {
        using var temp = new TempDirectory();
        temp.Write(file, text);
        if (file.StartsWith("config/", StringComparison.Ordinal))
        {
            temp.Write("config/_default/" + mainName, mainText);
        }

        return SiteConfigLoader.Load(temp.Path, ReaderOptions.Default, []);
    }
}
