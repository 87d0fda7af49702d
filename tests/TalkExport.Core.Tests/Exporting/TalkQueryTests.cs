using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Tests.Exporting;

public sealed class TalkQueryTests
{
    private static Talk T(string title, TalkDate? date, string path, TalkKind kind = TalkKind.Talk, string[]? tags = null, TalkDate? end = null, bool draft = false) => new()
    {
        Title = title,
        Date = date,
        EndDate = end,
        Kind = kind,
        Tags = tags ?? [],
        IsDraft = draft,
        Source = new SourceLocation(path),
    };

    private static readonly Talk[] Sample =
    [
        T("Gamma rays", new TalkDate(2020, 11, 5), "c.md", TalkKind.Seminar, ["physics", "default"]),
        T("Alpha", new TalkDate(2019, 3, 1), "a.md", TalkKind.Invited, ["ml"]),
        T("alpha!", new TalkDate(2019, 3, 1), "b.md", TalkKind.Invited),
        T("Beta", new TalkDate(2019), "d.md", TalkKind.Keynote, ["ML"]),
        T("Undated", null, "e.md"),
        T("Workshop", new TalkDate(2018, 12, 30), "f.md", end: new TalkDate(2019, 1, 2)),
        T("Draft", new TalkDate(2019, 6, 1), "g.md", draft: true),
    ];

    private static string[] Paths(IEnumerable<Talk> talks) => talks.Select(t => t.Source.Path).ToArray();

    [Fact]
    public void Apply_Default_NewestFirstUndatedLastDraftsDropped()
    {
        var result = TalkQuery.Apply(Sample, TalkQueryOptions.Default);
        Assert.Equal(["c.md", "a.md", "b.md", "d.md", "f.md", "e.md"], Paths(result));
    }

    [Fact]
    public void Apply_ShuffledInput_SameOrder()
    {
        var expected = Paths(TalkQuery.Apply(Sample, TalkQueryOptions.Default));
        var shuffled = Sample.Reverse().ToArray();
        Assert.Equal(expected, Paths(TalkQuery.Apply(shuffled, TalkQueryOptions.Default)));
    }

    [Fact]
    public void Apply_YearRange_IncludesYearOnlyDatesAndOverlappingEvents()
    {
        var result = TalkQuery.Apply(Sample, new TalkQueryOptions { From = new TalkDate(2019), To = new TalkDate(2019) });
        Assert.Equal(["a.md", "b.md", "d.md", "f.md"], Paths(result));
    }

    [Fact]
    public void Apply_FromDay_KeepsYearOnlyDateOfThatYear()
    {
        var result = TalkQuery.Apply(Sample, new TalkQueryOptions { From = new TalkDate(2019, 6, 1), To = new TalkDate(2019, 12, 31) });
        Assert.Equal(["d.md"], Paths(result));
    }

    [Fact]
    public void Apply_IncludeDrafts_KeepsDraft()
    {
        var result = TalkQuery.Apply(Sample, new TalkQueryOptions { IncludeDrafts = true, From = new TalkDate(2019, 6) });
        Assert.Contains("g.md", Paths(result));
    }

    [Fact]
    public void Apply_KindAndTag_MatchAnyIgnoringTagCase()
    {
        Assert.Equal(["a.md", "b.md"], Paths(TalkQuery.Apply(Sample, new TalkQueryOptions { Kinds = [TalkKind.Invited] })));
        Assert.Equal(["a.md", "d.md"], Paths(TalkQuery.Apply(Sample, new TalkQueryOptions { Tags = ["ml"] })));
    }

    [Fact]
    public void Apply_IgnoreTags_RemovesTagBeforeFiltering()
    {
        var result = TalkQuery.Apply(Sample, new TalkQueryOptions { IgnoreTags = ["DEFAULT"] });
        Assert.Equal(["physics"], result.Single(t => t.Source.Path == "c.md").Tags);
        Assert.Empty(TalkQuery.Apply(Sample, new TalkQueryOptions { IgnoreTags = ["default"], Tags = ["default"] }));
    }

    [Fact]
    public void Apply_Dedupe_KeepsLowestPathAndReportsDropped()
    {
        var reported = new List<Diagnostic>();
        var result = TalkQuery.Apply(Sample.Reverse(), new TalkQueryOptions { Dedupe = true }, reported.Add);
        Assert.Contains("a.md", Paths(result));
        Assert.DoesNotContain("b.md", Paths(result));
        var d = Assert.Single(reported);
        Assert.Equal(("b.md", DiagnosticSeverity.Warning, TalkQuery.DuplicateDroppedCode), (d.Path, d.Severity, d.Code));
        Assert.Contains("a.md", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_SortTitle_ByTitleThenDate()
    {
        var result = TalkQuery.Apply(Sample, new TalkQueryOptions { Sort = TalkSort.Title });
        Assert.Equal(["a.md", "b.md", "d.md", "c.md", "e.md", "f.md"], Paths(result));
    }

    [Fact]
    public void Apply_SortDate_OldestFirstTiesByTitleThenPath()
    {
        var twins = new[] { T("Same", new TalkDate(2020, 1, 1), "z.md"), T("Same", new TalkDate(2020, 1, 1), "y.md"), T("Other", new TalkDate(2020, 1, 1), "x.md") };
        Assert.Equal(["x.md", "y.md", "z.md"], Paths(TalkQuery.Apply(twins, new TalkQueryOptions { Sort = TalkSort.OldestFirst })));
    }

    [Theory]
    [InlineData("Deep Learning: an intro", "deep   learning — an INTRO!")]
    [InlineData("Neural ODEs", "Neural ODEs.")]
    public void DuplicateKey_SameDateTitleDiffersInCasePunctuationSpace_Equal(string a, string b) =>
        Assert.Equal(TalkQuery.DuplicateKey(T(a, new TalkDate(2019, 1, 31), "a")), TalkQuery.DuplicateKey(T(b, new TalkDate(2019, 1, 31), "b")));

    [Fact]
    public void DuplicateKey_DifferentDate_Differs() =>
        Assert.NotEqual(TalkQuery.DuplicateKey(T("A", new TalkDate(2019, 1, 31), "a")), TalkQuery.DuplicateKey(T("A", new TalkDate(2019, 2, 1), "a")));

    [Fact]
    public void Summary_CountsPerYearKindTag()
    {
        var s = TalkSummary.Of(TalkQuery.Apply(Sample, TalkQueryOptions.Default).ToList());
        Assert.Equal(6, s.Total);
        Assert.Equal([new("2020", 1), new("2019", 3), new("2018", 1), new("undated", 1)], s.ByYear);
        Assert.Equal([new("talk", 2), new("invited", 2), new("keynote", 1), new("seminar", 1)], s.ByKind);
        Assert.Equal(new KeyValuePair<string, int>("ml", 2), s.ByTag[0]);
    }
}
