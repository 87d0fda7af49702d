using TalkExport.Cli.Tests.Support;
using TalkExport.Core.Exporting;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Testing;

namespace TalkExport.Cli.Tests.Import;

/// <summary>
/// The whole way round, through the command line, for every corpus site and every import format:
/// the site's talks exported, the file imported into an empty site of the same dialect, that site
/// read back. Each talk comes back with every field the format carries; what a format cannot carry
/// is listed beside it (README "What each source carries").
/// </summary>
public sealed class ImportRoundTripTests
{
    // What each format carries through export and import.
    private static readonly Dictionary<string, (string Extension, string[] Options, CarriedFields Fields)> Formats = new(StringComparer.Ordinal)
    {
        // BibTeX as biblatex (the bibtex dialect keeps only year and month), every tag kept (by default the seed's site marker "default" is left out): no abstract (our entries leave it out); one url, so the slides, video, code and event links are not carried; the institution goes before the place.
        ["bibtex"] = (".bib", ["--dialect", "biblatex", "--ignore-tags", ""], CarriedFields.Title | CarriedFields.Date | CarriedFields.EndDate | CarriedFields.Authors | CarriedFields.Kind | CarriedFields.Event | CarriedFields.PlaceWithInstitution | CarriedFields.Tags),
        // CSL-JSON: one URL (the page); the institution inside event-place; tags with a comma split.
        ["csl"] = (".csl.json", [], CarriedFields.Title | CarriedFields.Date | CarriedFields.EndDate | CarriedFields.Authors | CarriedFields.Kind | CarriedFields.Event | CarriedFields.PlaceWithInstitution | CarriedFields.Abstract),
        // ORCID works: one date, no place, no tags; the work type is coarser than the kind; the event's page as part-of, written as a valid URI.
        ["orcid"] = (".orcid.json", [], CarriedFields.Title | CarriedFields.Date | CarriedFields.Authors | CarriedFields.Event | CarriedFields.EventLink | CarriedFields.LinksAsUris | CarriedFields.Abstract),
        // CSV with every column: every field of a talk (the default columns leave out the institution and the code link).
        ["csv"] = (".csv", ["--columns", "date,end_date,title,authors,kind,venue,location,institution,url,slides,video,event_url,code,tags,abstract,language,bibtex"], CarriedFields.Record),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var site in TestEnvironment.RequireCorpusSites())
        {
            foreach (var format in Formats.Keys)
            {
                data.Add(Path.GetFileName(site), format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ExportThenImport_GivesTheSameTalks(string siteName, string format)
    {
        var site = Path.Combine(TestEnvironment.RequireCorpus(), siteName);
        // Jekyll and Hugo need a day: a date known only to the month or year is written as its first day (and said).
        var original = new TalkReader(new ReaderOptions()).Read([site], CancellationToken.None).Talks.Where(t => !t.IsDraft)
            .Select(t => t with { Date = t.Date?.FirstDay, EndDate = t.EndDate?.FirstDay })
            .ToList();
        if (original.Count == 0)
        {
            return;
        }

        var dialect = SiteImport.DetectDialect(site) ?? (original[0].Source.Path.Contains("/content/", StringComparison.Ordinal) ? "hugo" : "academicpages");
        using var dir = new TempDirectory();
        var (extension, options, fields) = Formats[format];
        // --output-dir: ORCID's 100-work limit splits a larger site into numbered files, all imported.
        var exported = CliRunner.Run([format, site, "--output-dir", dir.Combine("out"), "-q", .. options]);
        Assert.True(exported.ExitCode is 0 or 2, exported.ToString());
        var files = Directory.GetFiles(dir.Combine("out")).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        Directory.CreateDirectory(dir.Combine("new"));

        var imported = CliRunner.Run(["import", .. files, "--into", dir.Combine("new"), "--site-dialect", dialect]);
        Assert.True(imported.ExitCode == 0, imported.ToString());

        var back = new TalkReader(new ReaderOptions { Dialect = dialect }).Read([dir.Combine("new")], CancellationToken.None);
        Assert.DoesNotContain(back.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var byKey = back.Talks.ToDictionary(TalkQuery.DuplicateKey, StringComparer.Ordinal);
        // A talk the site has twice (same date and title) is one record on import.
        Assert.Equal(original.Select(TalkQuery.DuplicateKey).Distinct().Count(), back.Talks.Count);
        foreach (var talk in original.DistinctBy(TalkQuery.DuplicateKey))
        {
            Assert.True(byKey.TryGetValue(TalkQuery.DuplicateKey(talk), out var read), $"{siteName} via {format}: '{talk.Title}' ({talk.Date}) did not come back");
            TalkFieldsAssert.Equal(talk, read!, $"{siteName} via {format}: {talk.Source.Shown}", dialect == "hugo" ? fields : Jekyll(fields));
        }
    }

    // A Jekyll theme has one key for the place, the institution going before it.
    private static CarriedFields Jekyll(CarriedFields fields) =>
        (fields & CarriedFields.Place) != 0 ? (fields & ~CarriedFields.Place) | CarriedFields.PlaceWithInstitution : fields;
}
