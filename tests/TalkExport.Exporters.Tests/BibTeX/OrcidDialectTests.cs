using System.Net;
using System.Text.RegularExpressions;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Exporters.BibTeX;
using TalkExport.Exporters.Orcid.Mapping;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>
/// Issue 19: the <c>orcid</c> dialect, checked by ORCID's own parser and import mapping
/// (<see cref="OrcidImportOracle"/>) and by bibtex: every entry parses, and what ORCID reads is the
/// talk (title, event and place, year, month, URL, co-authors without the owner).
/// </summary>
public sealed partial class OrcidDialectTests
{
    private static readonly ExporterSettings Orcid = new ExporterSettings().With(BibTeXExporter.DialectOption, "orcid");

    [Fact]
    public void SeedSite_OrcidReadsEveryTalk_AndBibTeXAcceptsTheFile()
    {
        var (talks, site) = Read(TestEnvironment.RequireSeedSite());

        var bib = AssertOrcidReadsEveryTalk(talks, site);

        Assert.True(talks.Count >= 30, $"{talks.Count} talks");
        AssertBibTeXReadsEveryEntry(bib, talks.Count);
    }

    [Fact]
    public void Samples_OrcidReadsEveryTalk_AndBibTeXAcceptsTheFile()
    {
        var (talks, site) = Read(TestEnvironment.SamplesPath);

        var bib = AssertOrcidReadsEveryTalk(talks, site);

        AssertBibTeXReadsEveryEntry(bib, talks.Count);
    }

    [Fact]
    public void Corpus_OrcidReadsEveryTalkOfEverySite()
    {
        var checkedTalks = 0;
        foreach (var path in TestEnvironment.RequireCorpusSites())
        {
            var (talks, site) = Read(path);
            if (talks.Count == 0)
            {
                continue;
            }

            AssertOrcidReadsEveryTalk(talks, site, Path.GetFileName(path));
            checkedTalks += talks.Count;
        }

        Assert.True(checkedTalks > 100, $"{checkedTalks} talks");
    }

    [Fact]
    public void HostileFixtures_OrcidReadsEveryTalk_AndBibTeXAcceptsTheFile()
    {
        IReadOnlyList<Talk> talks = [.. BibTeXHostileFixtures.Latin(), .. BibTeXHostileFixtures.Unicode(), .. HostileNames()];

        var bib = AssertOrcidReadsEveryTalk(talks, BibTeXFixtures.SiteInfo);

        AssertBibTeXReadsEveryEntry(bib, talks.Count);
    }

    [Fact]
    public void Entries_AreMiscWithOnlyFieldsOrcidReads_MonthABareLowerCaseMacro()
    {
        var bib = ExportRun.Text(new BibTeXExporter(), [Talk(TalkKind.Seminar, "Ada Lindqvist", "Nils Holm") with { Title = "Uncertainty in deep learning" }], Orcid, SampleSite);

        Assert.StartsWith("@misc{", bib, StringComparison.Ordinal);
        Assert.Contains("month        = nov,", bib, StringComparison.Ordinal);
        var fields = FieldName().Matches(bib).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(["title", "booktitle", "month", "year", "url", "author"], fields);
        Assert.DoesNotContain('\\', bib);
    }

    [Fact]
    public void Owner_IsLeftOut_OrcidAddsTheRecordHolderItself()
    {
        var talks = new[]
        {
            Talk(TalkKind.Invited, "Ada Lindqvist", "Nils Holm") with { Key = "a" },
            Talk(TalkKind.Invited, "Lindqvist, Ada") with { Key = "b" },
            Talk(TalkKind.Invited, "A. Lindqvist", "Åsa Öberg") with { Key = "c" },
        };

        var (works, error) = OrcidImportOracle.Import(ExportRun.Text(new BibTeXExporter(), talks, Orcid, SampleSite));

        Assert.Null(error);
        Assert.Equal(["Nils Holm"], works[0].Authors);
        Assert.Empty(works[1].Authors);
        Assert.Equal(["Åsa Öberg"], works[2].Authors);
    }

    [Fact]
    public void NameWarning_FiresForEveryAuthorOrcidWillCut_NotForAndersonAndreaOrMogren()
    {
        var talk = Talk(TalkKind.Talk, "Fernando Pérez", "Leandro von Werra", "Alexander Meyer-Gohde", "Rolandas Vandenbroek", "Greta Anderson", "Andrea Rossi", "Olof Mogren");
        var diagnostics = new List<Diagnostic>();

        var bib = ExportRun.Run(new BibTeXExporter(), [talk], Orcid, SampleSite, diagnostics).Text;

        var warned = diagnostics.Where(d => d.Code == BibTeXDiagnosticCodes.NameCutByOrcid).ToList();
        Assert.Equal(4, warned.Count);
        foreach (var (name, warning) in new[] { "Fernando Pérez", "Leandro von Werra", "Alexander Meyer-Gohde", "Rolandas Vandenbroek" }.Zip(warned))
        {
            Assert.Contains($"'{name}'", warning.Message, StringComparison.Ordinal);
            Assert.Contains(talk.Title!, warning.Message, StringComparison.Ordinal);
            Assert.Equal(talk.Source.Path, warning.Path);
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        }

        // The warning is about something real: ORCID's import does cut exactly those names.
        var (works, _) = OrcidImportOracle.Import(bib);
        var authors = Assert.Single(works).Authors;
        Assert.Equal(["Fern", "o Pérez", "Le", "ro von Werra", "Alex", "er Meyer-Gohde", "Rol", "as V", "enbroek", "Greta Anderson", "Andrea Rossi", "Olof Mogren"], authors);
    }

    [Fact]
    public void TypeStep_GoesToTheNotice_WithTheTalksByKind_AndNamesMatchTheOrcidExporter()
    {
        var talks = new[]
        {
            Talk(TalkKind.Contributed, "Ada Lindqvist") with { Title = "Contributed one", Key = "a" },
            Talk(TalkKind.Poster, "Ada Lindqvist") with { Title = "A poster", Key = "b" },
            Talk(TalkKind.Lecture, "Ada Lindqvist") with { Title = "A lecture", Key = "c" },
            Talk(TalkKind.Invited, "Ada Lindqvist") with { Title = "An invited talk", Key = "d" },
        };
        var notices = new List<string>();
        var context = new ExportContext { Settings = Orcid, Site = SampleSite, Notice = notices.Add };

        new BibTeXExporter().Export(talks, context, new MemoryTarget());

        var notice = Assert.Single(notices);
        Assert.Matches(@"Conference presentation:\n\s+2019-11-07  Contributed one", notice);
        Assert.Matches(@"Conference poster:\n\s+2019-11-07  A poster", notice);
        Assert.Matches(@"Lecture or speech:\n\s+2019-11-07  A lecture", notice);
        Assert.Matches(@"Talk, interview, podcast or speech:\n\s+2019-11-07  An invited talk", notice);

        // ORCID's names for the types the ORCID works exporter writes.
        var names = new Dictionary<string, string>
        {
            ["conference-presentation"] = "Conference presentation",
            ["conference-poster"] = "Conference poster",
            ["lecture-speech"] = "Lecture or speech",
            ["public-speech"] = "Talk, interview, podcast or speech",
        };
        foreach (var kind in Enum.GetValues<TalkKind>())
        {
            Assert.Equal(names[OrcidWorkTypes.For(kind, legacy: false)], OrcidWorkTypeStep.TypeName(kind));
        }
    }

    [Fact]
    public void Exclude_HalfTheSeedSiteAsOrcidStoresIt_LeavesExactlyTheOtherHalf()
    {
        var (read, site) = Read(TestEnvironment.RequireSeedSite());
        var talks = CitationKeys.EnsureAssigned(read, new CitationKeyOptions { Owner = site.Owner });
        var (works, error) = OrcidImportOracle.Import(ExportRun.Text(new BibTeXExporter(), talks, Orcid, site));
        Assert.Null(error);

        // What ORCID stores for half of the talks: its parser's toBibtex of their entries. The seed
        // site holds the same title twice in a year (one work for ORCID), so the halves are taken by work.
        var work = talks.Select(t => (Regex.Replace(t.Title!.ToLowerInvariant(), @"\W", ""), t.Date?.Year)).ToList();
        var onRecordWorks = work.Distinct().Where((_, i) => i % 2 == 0).ToHashSet();
        var isOnRecord = work.Select(onRecordWorks.Contains).ToList();
        using var dir = new TempDirectory();
        var onRecord = dir.Combine("orcid-works.bib");
        File.WriteAllText(onRecord, string.Concat(works.Where((_, i) => isOnRecord[i]).Select(w => w.Citation)));
        var notices = new List<string>();
        var target = new MemoryTarget();
        new BibTeXExporter().Export(talks, new ExportContext { Settings = Orcid.With(BibTeXExporter.ExcludeOption, onRecord), Site = site, Notice = notices.Add }, target);

        var (left, _) = OrcidImportOracle.Import(target.Text);
        Assert.Equal(talks.Where((_, i) => !isOnRecord[i]).Select(t => t.Key), left.Select(w => w.Key));
        Assert.InRange(left.Count, talks.Count / 2 - 1, talks.Count / 2 + 1);
        var said = notices[0];
        Assert.Contains($"left out {isOnRecord.Count(x => x)} of {talks.Count} talks", said, StringComparison.Ordinal);
        foreach (var talk in talks.Where((_, i) => isOnRecord[i]))
        {
            Assert.Contains(talk.Title!, said, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("orcid")]
    [InlineData("orcid-xml")]
    public void Exclude_OrcidWorksJsonOrXmlOfHalfTheSeedSite_LeavesTheOtherHalf(string format)
    {
        var (read, site) = Read(TestEnvironment.RequireSeedSite());
        var talks = CitationKeys.EnsureAssigned(read, new CitationKeyOptions { Owner = site.Owner });
        var work = talks.Select(t => (Regex.Replace(t.Title!.ToLowerInvariant(), @"\W", ""), t.Date?.Year)).ToList();
        var onRecordWorks = work.Distinct().Where((_, i) => i % 2 == 1).ToHashSet();
        var isOnRecord = work.Select(onRecordWorks.Contains).ToList();
        ITalkExporter orcid = format == "orcid" ? new TalkExport.Exporters.Orcid.OrcidExporter() : new TalkExport.Exporters.Orcid.OrcidXmlExporter();
        using var dir = new TempDirectory();
        var onRecord = dir.Combine("works" + orcid.Extension);
        File.WriteAllBytes(onRecord, ExportRun.Run(orcid, [.. talks.Where((_, i) => isOnRecord[i])], site: site).Bytes);

        var left = ExportRun.Text(new BibTeXExporter(), talks, Orcid.With(BibTeXExporter.ExcludeOption, onRecord), site);

        var (works, _) = OrcidImportOracle.Import(left);
        Assert.Equal(talks.Where((_, i) => !isOnRecord[i]).Select(t => t.Key), works.Select(w => w.Key));
    }

    [Fact]
    public void Exclude_RecordWorksAsTheApiGivesThem_AndMalformedJsonNamesItsLine()
    {
        var talks = new[] { Talk(TalkKind.Talk) with { Title = "On the record", Key = "a" }, Talk(TalkKind.Talk) with { Title = "Not yet", Key = "b" } };
        using var dir = new TempDirectory();
        var works = dir.Combine("works.json");
        File.WriteAllText(works, """{"group":[{"work-summary":[{"title":{"title":{"value":"On the Record!"}},"publication-date":{"year":{"value":"2019"}}}]}]}""");
        var bad = dir.Combine("bad.json");
        File.WriteAllText(bad, "{\n  \"group\": [\n    oops\n]}");

        var left = ExportRun.Text(new BibTeXExporter(), talks, Orcid.With(BibTeXExporter.ExcludeOption, works), SampleSite);
        var e = Assert.Throws<TalkExportException>(() => ExportRun.Run(new BibTeXExporter(), talks, Orcid.With(BibTeXExporter.ExcludeOption, bad), SampleSite));

        Assert.Equal(["b"], OrcidImportOracle.Import(left).Works.Select(w => w.Key));
        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.StartsWith($"{bad}:3: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@misc{a,\n  title = {Open,\n  year = {2020}\n}\n", 1)]
    [InlineData("@misc{a,\n  title = {x},\n  year 2020\n}\n", 3)]
    [InlineData("\n\n@misc{a, title = {x}", 3)]
    public void Exclude_UnreadableFile_IsAUsageErrorWithItsLine(string text, int line)
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("bad.bib");
        File.WriteAllText(path, text);

        var e = Assert.Throws<TalkExportException>(() => ExportRun.Run(new BibTeXExporter(), [Talk(TalkKind.Talk)], Orcid.With(BibTeXExporter.ExcludeOption, path), SampleSite));

        Assert.Equal(FailureKind.Usage, e.Kind);
        Assert.StartsWith($"{path}:{line}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exclude_MissingFile_IsAUsageError()
    {
        var e = Assert.Throws<TalkExportException>(() => ExportRun.Run(new BibTeXExporter(), [Talk(TalkKind.Talk)], Orcid.With(BibTeXExporter.ExcludeOption, "/nonexistent/works.bib"), SampleSite));

        Assert.Equal(FailureKind.Usage, e.Kind);
    }

    private static SiteInfo SampleSite { get; } = new() { Owner = "Ada Lindqvist", BaseUrl = "https://ada.example.org" };

    private static Talk Talk(TalkKind kind, params string[] authors) => new()
    {
        Title = "Uncertainty, & other {things}",
        Date = new TalkDate(2019, 11, 7),
        Authors = [.. authors.Select(a => a.Contains(',', StringComparison.Ordinal) ? Person.FromLiteral(a) : BibTeXNamesFromSite(a))],
        Kind = kind,
        Venue = "Nordic Seminar",
        Location = "Malmö, Sweden",
        Links = new TalkLinks { Page = "https://ada.example.org/talks/x/", Slides = "https://ada.example.org/slides/x.pdf" },
        Source = new SourceLocation("_talks/2019-11-07-x.md", 3),
    };

    private static Person BibTeXNamesFromSite(string name)
    {
        var words = name.Split(' ');
        return new Person { Given = string.Join(' ', words[..^1]), Family = words[^1] };
    }

    // Names that test ORCID's and-splitting and the cleaning of what ORCID shows undecoded.
    private static IReadOnlyList<Talk> HostileNames() =>
    [
        Talk(TalkKind.Poster, "Zoë {Brace} Ørsted", "Back\\slash Name", "Tab\tand\u0007Bell Person") with { Title = "Hostile names", Source = new SourceLocation("hostile/names.md") },
        Talk(TalkKind.Talk) with { Title = "Braces { alone, } and ~tilde^ caret \\ back", Date = new TalkDate(2021), Links = new TalkLinks(), Venue = null, Location = null, Source = new SourceLocation("hostile/undated-month.md") },
    ];

    private static (IReadOnlyList<Talk> Talks, SiteInfo Site) Read(string path)
    {
        var result = new TalkReader().Read([path]);
        return ([.. result.Talks.Order(TalkOrder.NewestFirst)], result.Site);
    }

    // Exports, lets ORCID import, and compares each work with its talk. Returns the .bib.
    private static string AssertOrcidReadsEveryTalk(IReadOnlyList<Talk> talks, SiteInfo site, string? what = null)
    {
        var diagnostics = new List<Diagnostic>();
        var bib = ExportRun.Run(new BibTeXExporter(), talks, Orcid, site, diagnostics).Text;

        var (works, error) = OrcidImportOracle.Import(bib);

        Assert.True(error is null, $"{what}: ORCID's parser gave up: {error}");
        Assert.Equal(talks.Count, works.Count);
        for (var i = 0; i < talks.Count; i++)
        {
            var (talk, work) = (talks[i], works[i]);
            var context = $"{what} {talk.Source.Path}";
            Assert.Equal("other", work.Type);
            Assert.True(Plain(talk.Title, html: true) == (work.Title ?? ""), $"{context}: title '{work.Title}' for '{talk.Title}'");
            var place = string.Join(", ", new[] { talk.Venue, talk.Institution, talk.Location }.Select(p => Plain(p, html: false)).Where(p => p.Length > 0));
            Assert.True(place == (work.JournalTitle ?? ""), $"{context}: conference title '{work.JournalTitle}' for '{place}'");
            Assert.Equal(talk.Date?.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), work.Year);
            Assert.Equal(talk.Date?.Month, work.Month);
            var url = (talk.Links.Page ?? talk.Links.Slides ?? talk.Links.Event)?.Trim();
            Assert.Equal(url is null ? null : Uri.UnescapeDataString(url), work.Url is null ? null : Uri.UnescapeDataString(work.Url));

            var owner = site.Owner ?? "";
            var names = talk.Authors.Select(a => CleanName(a.Name)).Where(n => n.Length > 0 && !string.Equals(n, owner, StringComparison.OrdinalIgnoreCase)).ToList();
            var expected = names.SelectMany(n => n.Split("and").Select(p => p.Trim())).ToList();
            Assert.True(expected.SequenceEqual(work.Authors), $"{context}: authors [{string.Join(" | ", work.Authors)}] for [{string.Join(" | ", names)}]");
            var warned = diagnostics.Count(d => d.Code == BibTeXDiagnosticCodes.NameCutByOrcid && d.Path == talk.Source.Path && d.Message.Contains(OneLine(talk.Title), StringComparison.Ordinal));
            Assert.True(names.Count(n => n.Contains("and", StringComparison.Ordinal)) <= warned, $"{context}: an author ORCID cuts apart was not warned about");
        }

        return bib;
    }

    private static void AssertBibTeXReadsEveryEntry(string bib, int entries)
    {
        var (problems, items) = BibTeXOracles.BibTeXReads(bib);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(entries, items);
    }

    // The text a reader sees: HTML tags gone and entities decoded, control characters gone, white space collapsed.
    private static string Plain(string? text, bool html)
    {
        var value = text ?? "";
        if (html)
        {
            value = WebUtility.HtmlDecode(HtmlTag().Replace(value, ""));
        }

        return OneLine(value);
    }

    private static string CleanName(string name) => OneLine(name).Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal) is var n ? OneLine(n) : "";

    private static string OneLine(string? text) =>
        string.Join(' ', new string([.. (text ?? "").Where(c => char.IsWhiteSpace(c) || !char.IsControl(c)).Select(c => char.IsWhiteSpace(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"<[/a-zA-Z][^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^  ([a-z]+) +=", RegexOptions.Multiline)]
    private static partial Regex FieldName();
}
