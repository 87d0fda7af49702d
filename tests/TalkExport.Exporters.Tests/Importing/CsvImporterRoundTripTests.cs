using TalkExport.Core.Exporting;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Core.Reading.Text;
using TalkExport.Exporters.Csv;
using TalkExport.Exporters.Csv.Importing;
using TalkExport.Exporters.Tests.FormatsShared;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Importing;

/// <summary>
/// The round trip: every corpus site read, written by our own CSV exporter (in memory), read back
/// by <see cref="CsvImporter"/>; every field the CSV carries must come back equal.
/// </summary>
/// <remarks>
/// Not compared, because our CSV cannot carry them: the key (made anew on import), the source
/// path and line (the import's own file and row), <see cref="Talk.Extra"/> (only the extra.&lt;key&gt;
/// columns asked for by name), drafts, the site. Carried lossily, so compared as the exporter
/// leaves them: authors (the owner is written for a talk naming none, and names are compared as
/// written, <see cref="Person.Name"/>, since the parts are split again by PersonNames), tabs and
/// control characters in cells (CsvCellText.Clean), cells over Excel's 32,767 characters (cut).
/// </remarks>
public sealed class CsvImporterRoundTripTests
{
    private static readonly string AllColumns = string.Join(',', CsvColumns.All.Where(c => c is not ("key" or "source" or "source_line" or "year")));

    public static TheoryData<string, string, bool> Dialects => new()
    {
        // The default export: comma, CRLF, the formula guard, the default columns.
        { ",", "crlf", false },
        { ",", "lf", true },
        { ";", "crlf", true },
        { "tab", "lf", true },
    };

    [Theory]
    [MemberData(nameof(Dialects))]
    public void EveryCorpusSite_ExportedAndImported_GivesTheSameTalks(string delimiter, string newline, bool allColumns)
    {
        var problems = new List<string>();
        var talks = 0;
        foreach (var dir in TestEnvironment.RequireCorpusSites())
        {
            var read = new TalkReader(new ReaderOptions()).Read([dir], TestContext.Current.CancellationToken);
            var settings = ExporterSettings.Empty.With("delimiter", delimiter).With("newline", newline).With("bom");
            if (allColumns)
            {
                settings = settings.With("columns", AllColumns);
            }

            var csv = ExportRun.Text(new CsvExporter(), read.Talks, settings, read.Site);
            Assert.Equal(newline == "crlf", csv.Contains("\r\n", StringComparison.Ordinal));
            var name = Path.GetFileName(dir);
            var batch = new CsvImporter().Read(new ImportSource(name + ".csv", csv), TestContext.Current.CancellationToken);

            problems.AddRange(batch.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).Select(d => $"{name}: {d}"));
            if (batch.Talks.Count != read.Talks.Count)
            {
                problems.Add($"{name}: {read.Talks.Count} talks exported, {batch.Talks.Count} imported");
                continue;
            }

            for (var i = 0; i < read.Talks.Count; i++)
            {
                problems.AddRange(Differences(read.Talks[i], batch.Talks[i], read.Site.Owner, allColumns).Select(p => $"{name}: '{read.Talks[i].Title}': {p}"));
            }

            talks += read.Talks.Count;
        }

        Assert.Empty(problems);
        Assert.True(talks > 300, $"only {talks} talks in the corpus");
    }

    // The corpus has no cell our formula guard protects; the sample talks have (= + - @ cells).
    [Theory]
    [MemberData(nameof(Dialects))]
    public void SampleTalks_WithFormulaCells_ExportedAndImported_GiveTheSameTalks(string delimiter, string newline, bool allColumns)
    {
        var talks = new[] { SampleTalks.Seminar, SampleTalks.Keynote, SampleTalks.MonthOnly, SampleTalks.Hostile };
        var settings = ExporterSettings.Empty.With("delimiter", delimiter).With("newline", newline);
        var csv = ExportRun.Text(new CsvExporter(), talks, allColumns ? settings.With("columns", AllColumns) : settings);
        Assert.Contains("\"'=HYPERLINK(", csv, StringComparison.Ordinal);

        var batch = new CsvImporter().Read(new ImportSource("talks.csv", csv), TestContext.Current.CancellationToken);

        Assert.Empty(batch.Diagnostics);
        Assert.Equal(talks.Length, batch.Talks.Count);
        Assert.Empty(talks.Zip(batch.Talks).SelectMany(p => Differences(AsCleaned(p.First), p.Second, SampleTalks.Site.Owner, allColumns)));
    }

    // The hostile sample as the exporter's cleaning leaves it: tabs and control characters in its
    // single-line fields (a space, nothing), and a tag holding the list separator ("c;d") is two tags.
    private static Talk AsCleaned(Talk talk) => talk with
    {
        Title = TextCleaner.SingleLine(talk.Title)!,
        Venue = TextCleaner.SingleLine(talk.Venue),
        Location = TextCleaner.SingleLine(talk.Location),
        Tags = [.. talk.Tags.SelectMany(t => t.Split(';')).Select(TextCleaner.SingleLine).OfType<string>()],
    };

    private static IEnumerable<string> Differences(Talk expected, Talk actual, string? owner, bool allColumns)
    {
        var authors = expected.Authors.Count == 0 && PersonNames.Parse(owner) is { } o ? [o.Name] : expected.Authors.Select(a => a.Name).ToArray();
        var fields = new List<(string Field, object? Expected, object? Actual)>
        {
            ("title", expected.Title, actual.Title),
            ("date", expected.Date, actual.Date),
            ("end date", expected.EndDate, actual.EndDate),
            ("authors", string.Join(" | ", authors), string.Join(" | ", actual.Authors.Select(a => a.Name))),
            ("kind", expected.Kind, actual.Kind),
            ("venue", expected.Venue, actual.Venue),
            ("location", expected.Location, actual.Location),
            ("page", expected.Links.Page, actual.Links.Page),
            ("slides", expected.Links.Slides, actual.Links.Slides),
            ("video", expected.Links.Video, actual.Links.Video),
            ("event", expected.Links.Event, actual.Links.Event),
            ("tags", string.Join(" | ", expected.Tags), string.Join(" | ", actual.Tags)),
            ("abstract", Cell(expected.Abstract), actual.Abstract),
        };
        if (allColumns)
        {
            fields.Add(("institution", expected.Institution, actual.Institution));
            fields.Add(("code", expected.Links.Code, actual.Links.Code));
            fields.Add(("language", expected.Language, actual.Language));
            fields.Add(("bibtex", Cell(expected.BibTeX), actual.BibTeX));
        }

        return fields.Where(f => !Equals(f.Expected, f.Actual)).Select(f => $"{f.Field}: expected [{f.Expected}], imported [{f.Actual}]");
    }

    // What the exporter's cell cleaning leaves of a multi-line text: a tab is a space, CR line ends
    // are LF, other control characters are gone.
    private static string? Cell(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
            : string.Concat(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' ').Where(c => c == '\n' || !char.IsControl(c))).Trim();
}
