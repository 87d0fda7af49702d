using System.Text.Json;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX.Importing;
using TalkExport.Exporters.BibTeX.Reading;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Importing;

/// <summary>
/// The one .bib of the corpus, <c>tachella--tachella.github.io/_bibliography/talks.bib</c> (an
/// al-folio site's list of talks). Every entry there is an <c>@article</c> (the site's theme lists
/// "publications"), with the event and place in <c>title</c> and the talk's title in <c>journal</c>:
/// by the type rule they are not talks. The same text with its entries as <c>@misc</c> checks the
/// reading itself against the file and against pandoc (<c>pandoc -f biblatex -t csljson</c>).
/// </summary>
public sealed class BibTeXImportRealFileTests
{
    private static string TalksBib() =>
        File.ReadAllText(Path.Combine(TestEnvironment.RequireCorpus(), "tachella--tachella.github.io", "_bibliography", "talks.bib"));

    [Fact]
    public void RealFile_AsWritten_EveryEntryCountedAsNotATalk()
    {
        var batch = new BibTeXImporter().Read(new("talks.bib", TalksBib()), TestContext.Current.CancellationToken);

        Assert.Empty(batch.Talks);
        Assert.Empty(batch.Diagnostics);
        Assert.Equal(53, batch.NotTalks);
    }

    [Fact]
    public void RealFile_AsMisc_EveryEntryImportedWithItsValues()
    {
        var text = AsMisc(TalksBib());
        var batch = new BibTeXImporter().Read(new("talks.bib", text), TestContext.Current.CancellationToken);

        Assert.Empty(batch.Diagnostics);
        Assert.Equal(0, batch.NotTalks);
        Assert.Equal(53, batch.Talks.Count);
        var byTitle = batch.Talks.DistinctBy(t => t.Title).ToDictionary(t => t.Title);

        // Values as read in the file (its first entry starts at line 4, after Jekyll's empty front matter).
        var germany = batch.Talks[0];
        Assert.Equal(("Lecture at WE-Heraeus Summer School on Physics of Imaging, Bad Honnef, Germany", new TalkDate(2026, 7), 4, TalkKind.Lecture),
            (germany.Title, germany.Date!.Value, germany.Source.Line, germany.Kind));
        Assert.Equal(TalkKind.Invited, byTitle["Invited talk at GAIA seminar, Universite Grenoble Alpes, Grenoble, France"].Kind);
        Assert.Equal(new TalkDate(2026, 6), byTitle["Invited talk at Workshop on \"Optimization and sampling for inverse problems\", Bordeaux, France"].Date);
        Assert.Equal(new TalkDate(2024, 4), byTitle["Imaging inverse problems and generating models workshop, ICMS, Edinburgh, UK"].Date);
        Assert.Equal(new TalkDate(2023, 1), byTitle["Interfacing Bayesian statistics, deep learning, and mathematical analysis for imaging inverse problems Workshop, ICMS, Edinburgh, UK"].Date);
        Assert.Equal(TalkKind.Tutorial, byTitle["Tutorial at UBA, Buenos Aires, Argentina"].Kind);
        Assert.Equal(TalkKind.Keynote, byTitle["Plenary at UQ workshop, ICMS, Edinburgh, UK"].Kind);
        Assert.Equal(TalkKind.Seminar, byTitle["Seminar at Thales, Saclay, France"].Kind);
        Assert.Equal(new TalkDate(2026, 1), byTitle["Seminar at Thales, Saclay, France"].Date);
        Assert.Contains("Tokyo, Japan", byTitle["ICIAM 2023, Tokyo, Japan"].Title, StringComparison.Ordinal);
        Assert.All(batch.Talks, t => Assert.Empty(t.Authors));
        Assert.All(batch.Talks, t => Assert.StartsWith("@misc{", t.BibTeX, StringComparison.Ordinal));
    }

    [Fact]
    public void RealFile_AsMisc_SameTitlesAndDatesAsPandoc()
    {
        var pandoc = ExternalTool.Require("pandoc");
        var text = AsMisc(TalksBib());
        var batch = new BibTeXImporter().Read(new("talks.bib", text), TestContext.Current.CancellationToken);
        var texts = BibTeXFileReader.ReadRecovering(text).Entries;
        var keys = texts.Select(e => e.Key).ToList();
        var result = ExternalTool.Run(pandoc, ["-f", "biblatex", "-t", "csljson"], stdin: text);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        // In file order (the file has a key twice: camsap19), each checked to be its entry by its key.
        var items = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(batch.Talks.Count, items.Count);
        var problems = new List<string>();
        for (var i = 0; i < batch.Talks.Count; i++)
        {
            var talk = batch.Talks[i];
            var item = items[i];
            Assert.Equal(keys[i], item.GetProperty("id").GetString());
            // pandoc makes titles sentence case for CSL and an apostrophe curly (we keep TeX's ' as the
            // ASCII apostrophe): compared ignoring both.
            if (!string.Equals(talk.Title, item.GetProperty("title").GetString()?.Replace('\u2019', '\''), StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{keys[i]} title: «{talk.Title}» vs pandoc «{item.GetProperty("title").GetString()}»");
            }

            var parts = item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).ToArray();
            var date = talk.Date!.Value;
            if (FullMonthNames.Contains(texts[i]["month"]?.Trim() ?? ""))
            {
                // month = {April}: pandoc reads only macros, numbers and three-letter names (as biber does);
                // we read the full name too (bibtex styles print it as written). The year must agree.
                date = new TalkDate(date.Year);
            }

            if (!parts.SequenceEqual(new[] { date.Year, date.Month, date.Day }.Where(p => p is not null).Select(p => p!.Value)))
            {
                problems.Add($"{keys[i]} date: {date} vs pandoc [{string.Join(",", parts)}]");
            }

            var pandocAuthors = item.TryGetProperty("author", out var a) ? a.GetArrayLength() : 0;
            if (pandocAuthors != talk.Authors.Count)
            {
                problems.Add($"{keys[i]} authors: {talk.Authors.Count} vs pandoc {pandocAuthors}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    // A hand-written file in the usual talk types, with names and accents, against pandoc field by field.
    [Fact]
    public void TalkTypes_SameTitlesAuthorsDatesEventsAsPandoc()
    {
        var pandoc = ExternalTool.Require("pandoc");
        const string text = """
            @unpublished{a,
              author = {M{\"u}ller, J{\"o}rg and van der Berg, Anna and King, Jr., Martin and Ole Bj{\o}rn Str{\aa}le},
              title = {Learning with {\'E}tude -- a study},
              eventtitle = {Workshop on {M}achine {L}earning},
              eventdate = {2021-05-03/2021-05-04},
              venue = {Z{\"u}rich, Switzerland},
              date = {2021-05-03},
            }
            @inproceedings{b,
              author = {Doe, Jane},
              title = {Ni{\~n}os and {\c{C}}a{\u{g}}r{\i}},
              booktitle = {Proc. of {ICML}},
              eventtitle = {ICML 2020},
              year = {2020}, month = jul,
            }
            @misc{c,
              author = {{Research Institutes of Sweden}},
              title = {Sk{\v{r}}{\'i}{\v{z}}ek, {\L}{\'o}d{\'z}, Erd{\H{o}}s},
              eventtitle = {Seminar},
              date = {2019-11-05},
            }
            """;
        var batch = new BibTeXImporter().Read(new("t.bib", text), TestContext.Current.CancellationToken);
        var result = ExternalTool.Run(pandoc, ["-f", "biblatex", "-t", "csljson"], stdin: text);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var items = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(3, batch.Talks.Count);
        for (var i = 0; i < 3; i++)
        {
            var talk = batch.Talks[i];
            var item = items[i];
            Assert.Equal(item.GetProperty("title").GetString(), talk.Title, StringComparer.OrdinalIgnoreCase);
            Assert.Equal(item.GetProperty("event").GetString(), talk.Venue);
            var authors = item.GetProperty("author").EnumerateArray().Select(p =>
                p.TryGetProperty("literal", out var l) ? l.GetString() : p.GetProperty("family").GetString()).ToList();
            Assert.Equal(authors, talk.Authors.Select(p => p.Literal ?? p.Family));
            var issued = item.TryGetProperty("event-date", out var ed) ? ed : item.GetProperty("issued");
            var parts = issued.GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()).ToArray();
            Assert.Equal(parts, new[] { talk.Date!.Value.Year, talk.Date.Value.Month, talk.Date.Value.Day }.Where(p => p is not null).Select(p => p!.Value));
        }

        Assert.Equal("Jörg", batch.Talks[0].Authors[0].Given);
        Assert.Equal("Ole Bjørn Stråle", batch.Talks[0].Authors[3].Name);
        Assert.Equal(new TalkDate(2021, 5, 4), batch.Talks[0].EndDate);
        Assert.Equal("Zürich, Switzerland", batch.Talks[0].Location);
        Assert.Equal("Niños and Çağrı", batch.Talks[1].Title);
        Assert.Equal(TalkKind.Contributed, batch.Talks[1].Kind);
        Assert.Equal("Skřížek, Łódź, Erdős", batch.Talks[2].Title);
        Assert.Equal(TalkKind.Seminar, batch.Talks[2].Kind);
    }

    private static readonly HashSet<string> FullMonthNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
    };

    // The site's theme calls its talks "articles": the same entries as @misc, nothing else changed.
    private static string AsMisc(string text) => text.Replace("@article{", "@misc{", StringComparison.Ordinal);
}
