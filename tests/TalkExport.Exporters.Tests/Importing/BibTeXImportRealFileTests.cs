using System.Text.Json;
using TalkExport.Core.Importing;
using TalkExport.Core.Model;
using TalkExport.Exporters.BibTeX.Importing;
using TalkExport.Exporters.BibTeX.Reading;
using TalkExport.Testing;

namespace TalkExport.Exporters.Tests.Importing;

/// <summary>
/// The one .bib of the corpus, <c>tachella--tachella.github.io/_bibliography/talks.bib</c> (an
/// al-folio site's list of talks, cited by <c>{% bibliography -f talks %}</c>). Every entry there is
/// an <c>@article</c>; many have a title that describes the talk ("Invited talk at GAIA seminar, …,
/// Grenoble, France") and the talk's own title in <c>journal</c>, which the theme prints under it.
/// A file named for talks is all talks (<see cref="Core.Importing.DescribedTalk"/>); the same text under another
/// name is read by the type rule. Compared with the file and with pandoc (<c>pandoc -f biblatex -t csljson</c>).
/// </summary>
public sealed class BibTeXImportRealFileTests
{
    private static string TalksBib() =>
        File.ReadAllText(Path.Combine(TestEnvironment.RequireCorpus(), "tachella--tachella.github.io", "_bibliography", "talks.bib"));

    [Fact]
    public void RealFile_UnderAnotherName_EveryArticleCountedAsNotATalk()
    {
        var batch = new BibTeXImporter().Read(new("publications.bib", TalksBib()), TestContext.Current.CancellationToken);

        Assert.Empty(batch.Talks);
        Assert.Empty(batch.Diagnostics);
        Assert.Equal(53, batch.NotTalks);
    }

    [Fact]
    public void RealFile_AsTalks_EveryEntryImportedWithItsValues()
    {
        var batch = new BibTeXImporter().Read(new("_bibliography/talks.bib", TalksBib()), TestContext.Current.CancellationToken);

        Assert.Empty(batch.Diagnostics);
        Assert.Equal(0, batch.NotTalks);
        Assert.Equal(53, batch.Talks.Count);

        // Values as read in the file (its first entry starts at line 4, after Jekyll's empty front matter).
        var germany = batch.Talks[0];
        Assert.Equal(("AI for imaging", new TalkDate(2026, 7), 4, TalkKind.Lecture, "WE-Heraeus Summer School on Physics of Imaging", "Bad Honnef, Germany"),
            (germany.Title, germany.Date!.Value, germany.Source.Line, germany.Kind, germany.Venue, germany.Location));
        var grenoble = batch.Talks[1];
        Assert.Equal(("Self-supervised learning from noisy data", new TalkDate(2026, 6), TalkKind.Invited, "GAIA seminar, Universite Grenoble Alpes", "Grenoble, France"),
            (grenoble.Title, grenoble.Date!.Value, grenoble.Kind, grenoble.Venue, grenoble.Location));
        var bordeaux = batch.Talks[2];
        Assert.Equal(("Equivariant Splitting: Self-supervised learning from incomplete data", "Workshop on \"Optimization and sampling for inverse problems\"", "Bordeaux, France"),
            (bordeaux.Title, bordeaux.Venue, bordeaux.Location));
        Assert.Equal(("https://pde-ai.math.cnrs.fr/events/optimization_sampling/", "equivariant_splitting.pdf"), (bordeaux.Links.Event, bordeaux.Links.Slides));
        var byTitle = batch.Talks.DistinctBy(t => t.Title).ToDictionary(t => t.Title);
        // A title that does not read "KIND at EVENT" stays the title (the rule cannot tell it from one).
        Assert.Equal(new TalkDate(2024, 4), byTitle["Imaging inverse problems and generating models workshop, ICMS, Edinburgh, UK"].Date);
        Assert.All(batch.Talks, t => Assert.Empty(t.Authors));
        Assert.All(batch.Talks, t => Assert.StartsWith("@article{", t.BibTeX, StringComparison.Ordinal));
    }

    [Fact]
    public void RealFile_AsTalks_SameTitlesAndDatesAsPandoc()
    {
        var pandoc = ExternalTool.Require("pandoc");
        var text = TalksBib();
        var batch = new BibTeXImporter().Read(new("talks.bib", text), TestContext.Current.CancellationToken);
        var texts = BibTeXFileReader.ReadRecovering(text).Entries;
        var keys = texts.Select(e => e.Key).ToList();
        var result = ExternalTool.Run(pandoc, ["-f", "biblatex", "-t", "csljson"], stdin: text);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StandardOutput);
        // In file order (the file has a key twice: camsap19), each checked to be its entry by its key.
        var items = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(batch.Talks.Count, items.Count);
        var described = 0;
        var problems = new List<string>();
        for (var i = 0; i < batch.Talks.Count; i++)
        {
            var talk = batch.Talks[i];
            var item = items[i];
            Assert.Equal(keys[i], item.GetProperty("id").GetString());
            // A title read as a description: the talk's title is the journal, pandoc's container-title.
            var pandocTitle = item.GetProperty("title").GetString()?.Replace('\u2019', '\'');
            if (DescribedTalk.TryParse(pandocTitle ?? "", out _, out _, out _) && item.TryGetProperty("container-title", out var container))
            {
                pandocTitle = container.GetString()?.Replace('\u2019', '\'');
                described++;
            }

            // pandoc makes titles sentence case for CSL and an apostrophe curly (we keep TeX's ' as the
            // ASCII apostrophe): compared ignoring both.
            if (!string.Equals(talk.Title, pandocTitle, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{keys[i]} title: «{talk.Title}» vs pandoc «{pandocTitle}»");
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
        Assert.True(described >= 10, $"{described} titles read as descriptions");
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
}
