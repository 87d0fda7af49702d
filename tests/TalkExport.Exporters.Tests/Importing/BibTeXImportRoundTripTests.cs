using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Core.Reading.Text;
using TalkExport.Exporters.BibTeX.Importing;
using TalkExport.Exporters.BibTeX.Text;
using TalkExport.Exporters.Tests.BibTeX;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Importing;

/// <summary>
/// Every corpus site read, exported by our <c>bibtex</c> exporter in both dialects, imported again:
/// per talk the title, date, authors, kind, event, place and links come back.
/// </summary>
/// <remarks>
/// What the .bib cannot carry, and so is not compared (or compared as it is carried):
/// <list type="bullet">
/// <item>Both dialects: the abstract, language, draft flag and extra front matter (not written); the
/// institution, written before the place in one field (compared joined with the place); a site owner
/// stands in as author for a talk that names none; a tag with ',' or ';' (keywords are split there);
/// which role the <c>url</c> had when the talk has no page of its own (the slides or the event page: read
/// as slides when it is a file, else as the page; then only the set of links is compared); a link equal to
/// the main one or unsafe in a note's <c>\url{}</c> (left out by the exporter, with a warning).</item>
/// <item>TeX's own meaning of ASCII: `` and '' curly quotes, a lone ` an opening quote (hyphens are written so they stay hyphens).</item>
/// <item>bibtex dialect: the day and the end date (year and month only); event and place share
/// <c>howpublished</c> (compared joined); a venue that starts with the kind label and a comma
/// ("Invited talk, Astra Zeneca") loses the label; ’ is written as ' (read back as the ASCII apostrophe).</item>
/// </list>
/// </remarks>
public sealed class BibTeXImportRoundTripTests
{
    public static TheoryData<string, string> SitesAndDialects()
    {
        var data = new TheoryData<string, string>();
        var corpus = Environment.GetEnvironmentVariable("TALKEXPORT_CORPUS") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(TestEnvironment.RepositoryRoot, "..", "shared", "corpus"));
        var sites = Directory.Exists(corpus)
            ? Directory.GetDirectories(corpus).Where(d => !Path.GetFileName(d).StartsWith('_')).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList()
            : ["(corpus absent)"];
        foreach (var site in sites)
        {
            data.Add(site!, "bibtex");
            data.Add(site!, "biblatex");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SitesAndDialects))]
    public void RoundTrip_CorpusSite_FieldsComeBack(string site, string dialect)
    {
        var sitePath = TestEnvironment.RequireCorpusSites().FirstOrDefault(s => Path.GetFileName(s) == site)
            ?? TestEnvironment.SkipOrFail<string>($"no corpus site {site}");
        var read = new TalkReader(new ReaderOptions()).Read([sitePath], TestContext.Current.CancellationToken);
        if (read.Talks.Count == 0)
        {
            return;
        }

        var (bib, _, _) = BibTeXTestExports.Export(read.Talks, dialect, read.Site);
        var batch = new BibTeXImporter().Read(new("out.bib", bib), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(batch.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(0, batch.NotTalks);
        Assert.Equal(read.Talks.Count, batch.Talks.Count);
        var ascii = dialect == "bibtex";
        var owner = PersonNames.Parse(read.Site.Owner);
        var problems = new List<string>();
        for (var i = 0; i < read.Talks.Count; i++)
        {
            var was = read.Talks[i];
            var back = batch.Talks[i];
            void Check(string what, object? expected, object? actual)
            {
                if (!Equals(expected, actual))
                {
                    problems.Add($"{was.Source.Path} {what}: expected «{expected}», got «{actual}»");
                }
            }

            Check("title", AsTeXMeansIt(PlainTitle(was.Title), ascii), back.Title);
            Check("date", ascii ? ToMonth(was.Date) : was.Date, back.Date);
            Check("end date", ascii ? null : was.EndDate, back.EndDate);
            var authors = was.Authors.Count > 0 ? was.Authors : owner is null ? [] : [owner];
            Check("authors", string.Join("; ", authors.Select(a => AsTeXMeansIt(a.Name, ascii))), string.Join("; ", back.Authors.Select(a => a.Name)));
            Check("kind", was.Kind, back.Kind);
            var place = Join(was.Institution, was.Location);
            if (ascii)
            {
                Check("event and place", AsTeXMeansIt(WithoutLeadingLabel(Join(was.Venue, place), was.Kind), ascii), Join(back.Venue, back.Location));
            }
            else
            {
                Check("event", AsTeXMeansIt(TextCleaner.SingleLine(was.Venue), ascii), back.Venue);
                Check("place", AsTeXMeansIt(place, ascii), back.Location);
            }

            CompareLinks(was.Links, back.Links, Check);
            if (!was.Tags.Any(t => t.Contains(',', StringComparison.Ordinal) || t.Contains(';', StringComparison.Ordinal)))
            {
                var tags = was.Tags.Select(TextCleaner.SingleLine).OfType<string>().Where(t => !t.Equals("default", StringComparison.OrdinalIgnoreCase)).Distinct().Select(t => AsTeXMeansIt(t, ascii));
                Check("tags", string.Join(" | ", tags), string.Join(" | ", back.Tags));
            }

            Check("bibtex kept", true, back.BibTeX?.StartsWith('@') == true);
        }

        Assert.True(problems.Count == 0, $"{site} ({dialect}), {problems.Count} differences:\n" + string.Join('\n', problems.Take(40)));
    }

    private static void CompareLinks(TalkLinks was, TalkLinks back, Action<string, object?, object?> check)
    {
        var main = was.Page ?? was.Slides ?? was.Event;
        var mainTrimmed = main?.Trim();
        string? Carried(string? link) =>
            string.IsNullOrWhiteSpace(link) ? null
            : ReferenceEquals(link, main) ? BibTeXUrls.ForUrlField(link)
            : link.Trim() == mainTrimmed || !BibTeXUrls.IsSafeInNote(link.Trim()) ? null
            : link.Trim();

        check("video link", Carried(was.Video), back.Video);
        check("code link", Carried(was.Code), back.Code);
        if (was.Page is not null)
        {
            check("page link", Carried(was.Page), back.Page);
            check("slides link", Carried(was.Slides), back.Slides);
            check("event link", Carried(was.Event), back.Event);
        }
        else
        {
            // Without a page the url's role is not written: the links as a set.
            static string Set(params string?[] links) => string.Join(" ", links.OfType<string>().Order(StringComparer.Ordinal));
            check("page, slides and event links", Set(Carried(was.Slides), Carried(was.Event)), Set(back.Page, back.Slides, back.Event));
        }
    }

    // The title as the exporter reads it: inline HTML as its text, white space collapsed.
    private static string? PlainTitle(string title) =>
        TextCleaner.SingleLine(string.Concat(Exporters.BibTeX.Text.HtmlText.Parse(title).Select(r => r.Text)));

    // What TeX makes of ASCII in running text, and the bibtex dialect's ’ written as '.
    private static string? AsTeXMeansIt(string? text, bool ascii)
    {
        if (text is null)
        {
            return null;
        }

        // Hyphens stay hyphens: the exporter writes "-{}-" for "--".
        var tex = text
            .Replace("``", "\u201C", StringComparison.Ordinal).Replace("''", "\u201D", StringComparison.Ordinal).Replace('`', '\u2018');
        return TextCleaner.SingleLine(ascii ? tex.Replace('\u2019', '\'') : tex);
    }

    // The bibtex dialect leaves the label out when the venue starts with it; a label and a comma read as the kind.
    private static string? WithoutLeadingLabel(string? joined, TalkKind kind)
    {
        var label = kind.Label();
        return joined is not null && joined.StartsWith(label + ",", StringComparison.OrdinalIgnoreCase)
            ? TextCleaner.SingleLine(joined[(label.Length + 1)..])
            : joined;
    }

    private static string? Join(string? first, string? second)
    {
        var a = TextCleaner.SingleLine(first);
        var b = TextCleaner.SingleLine(second);
        return a is null ? b : b is null ? a : $"{a}, {b}";
    }

    private static TalkDate? ToMonth(TalkDate? date) => date is { } d ? new TalkDate(d.Year, d.Month) : null;
}
