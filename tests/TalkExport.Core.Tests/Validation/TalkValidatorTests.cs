using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Validation;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Validation;

public sealed class TalkValidatorTests
{
    private static Talk T(string title, TalkDate? date, string path, string? venue = "Venue", TalkLinks? links = null, string? fullPath = null) => new()
    {
        Title = title,
        Date = date,
        Venue = venue,
        Links = links ?? TalkLinks.None,
        Source = new SourceLocation(path, 1) { FullPath = fullPath },
    };

    [Fact]
    public void Validate_MissingDateAndVenue_ErrorAndWarning()
    {
        var found = TalkValidator.Validate([T("A", null, "a.md", venue: null)], SiteInfo.Unknown);
        Assert.Contains(found, d => d is { Code: ValidationCodes.MissingDate, Severity: DiagnosticSeverity.Error, Path: "a.md", Line: 1 });
        Assert.Contains(found, d => d is { Code: ValidationCodes.MissingVenue, Severity: DiagnosticSeverity.Warning });
    }

    [Theory]
    [InlineData("_talks/x.md", "add a date: key or a YYYY-MM-DD- file name prefix")]
    [InlineData("_talks/2021-02-30-x.md", "fix the date in the file name, or add a date: key")]
    public void Validate_MissingDate_HintNamesOnlyWhatIsMissing(string path, string hint)
    {
        var found = TalkValidator.Validate([T("A", null, path)], SiteInfo.Unknown);

        Assert.Contains(hint, Assert.Single(found, d => d.Code == ValidationCodes.MissingDate).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Duplicate_ReportedOnHigherPath()
    {
        var found = TalkValidator.Validate([T("Neural ODEs", new TalkDate(2019, 1, 31), "b.md"), T("Neural ODEs!", new TalkDate(2019, 1, 31), "a.md")], SiteInfo.Unknown);
        var d = Assert.Single(found);
        Assert.Equal((ValidationCodes.Duplicate, "b.md"), (d.Code, d.Path));
        Assert.Contains("a.md", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RelativeSlidesMissingOnDisk_TwoWarnings_PresentFile_OnlyRelative()
    {
        using var site = new TempDirectory();
        Directory.CreateDirectory(site.Combine("slides"));
        File.WriteAllText(site.Combine("slides", "here.pdf"), "%PDF");
        var info = new SiteInfo { RootPath = site.Path };
        var missing = TalkValidator.Validate([T("A", new TalkDate(2020), "a.md", links: new TalkLinks { Slides = "/slides/gone.pdf" })], info);
        Assert.Equal([ValidationCodes.RelativeLink, ValidationCodes.MissingLinkedFile], missing.Select(d => d.Code));
        var present = TalkValidator.Validate([T("A", new TalkDate(2020), "a.md", links: new TalkLinks { Slides = "/slides/here.pdf" })], info);
        Assert.Equal([ValidationCodes.RelativeLink], present.Select(d => d.Code));
    }

    [Fact]
    public void Validate_SiteRootLinkWithoutSiteRoot_OnlyRelativeLinkWarning()
    {
        // The record's folder is known but the site root is not: "/slides/x.pdf" cannot be looked up (this crashed).
        var found = TalkValidator.Validate(
            [T("A", new TalkDate(2020), "a.md", links: new TalkLinks { Slides = "/slides/x.pdf" }, fullPath: "/nowhere/talks/_posts/a.md")],
            SiteInfo.Unknown);
        Assert.Equal([ValidationCodes.RelativeLink], found.Select(d => d.Code));
    }

    [Fact]
    public void Validate_AbsoluteLinkUnderSiteUrl_CheckedOnDisk_OtherHostsNot()
    {
        using var site = new TempDirectory();
        var info = new SiteInfo { RootPath = site.Path, BaseUrl = "https://example.org" };
        var found = TalkValidator.Validate(
            [T("A", new TalkDate(2020), "a.md", links: new TalkLinks { Slides = "https://example.org/talks/slides/x%20y.pdf", Video = "https://youtu.be/x" })],
            info);
        var d = Assert.Single(found);
        Assert.Equal(ValidationCodes.MissingLinkedFile, d.Code);
        Assert.Contains("talks/slides/x y.pdf", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BundleRelativeFile_FoundBesideRecord()
    {
        using var site = new TempDirectory();
        Directory.CreateDirectory(site.Combine("content", "talk", "x"));
        var record = site.Combine("content", "talk", "x", "index.md");
        File.WriteAllText(site.Combine("content", "talk", "x", "slides.pdf"), "%PDF");
        var found = TalkValidator.Validate([T("A", new TalkDate(2020), "index.md", links: new TalkLinks { Slides = "slides.pdf" }, fullPath: record)], new SiteInfo { RootPath = site.Path });
        Assert.Equal([ValidationCodes.RelativeLink], found.Select(d => d.Code));
    }
}
