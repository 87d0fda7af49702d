using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Core.Reading.Dialects.JekyllData;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading;

/// <summary>Talk lists in Jekyll data files (<c>_data/talks.yml</c>): one file, many talks, each rule on a small fictional site.</summary>
public sealed class JekyllDataTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private ReadResult ReadSite(params (string Path, string Text)[] files)
    {
        _temp.Write("site/_config.yml", "name: Maren Solberg\nurl: https://maren.example.org\n");
        foreach (var (path, text) in files)
        {
            _temp.Write("site/" + path, text);
        }

        return new TalkReader(new ReaderOptions { IncludeDrafts = false }).Read([_temp.Combine("site")], TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Read_YearMonthGroups_GiveTheDateOfItemsWithoutOne()
    {
        var read = ReadSite(("_data/talks.yaml", """
            # planned
            2024:
              - Oktober:
                - title: Sea ice drift
                  conference: Polar Days
                - title: Glacier flow
                  date: 2024-10-03
              - March:
                - title: Fjords
            2023:
              - title: Floes
            """));

        Assert.Equal(["Sea ice drift", "Glacier flow", "Fjords", "Floes"], read.Talks.Select(t => t.Title));
        Assert.Equal(["2024-10", "2024-10-03", "2024-03", "2023"], read.Talks.Select(t => t.Date.ToString()));
        Assert.Equal("Polar Days", read.Talks[0].Venue);
        Assert.Equal([4, 6, 9, 11], read.Talks.Select(t => t.Source.Line));
        Assert.All(read.Talks, t => Assert.True(t.Source.InDataFile));
        Assert.Equal("Maren Solberg", read.Talks[0].Authors.Single().Name);
    }

    [Fact]
    public void Read_BareTextsAndCanceledItems_AreNotTalksAndSaySo()
    {
        var read = ReadSite(("_data/talks.yml", """
            talks:
              - wjax, jug stuttgart
              - title: Given
                date: 2022-05-01
              - title: Called off
                date: 2022-06-01
                canceled: true
              - title: Not called off
                date: 2022-07-01
                canceled: false
            """));

        Assert.Equal(["Given", "Not called off"], read.Talks.Select(t => t.Title));
        var bare = Assert.Single(read.Diagnostics, d => d.Code == DataDiagnosticCodes.BareText);
        Assert.Equal((2, 5), (bare.Line, bare.Column));
        var canceled = Assert.Single(read.Diagnostics, d => d.Code == DataDiagnosticCodes.Canceled);
        Assert.Equal((7, 15), (canceled.Line, canceled.Column)); // at the `canceled` value
        Assert.EndsWith("_data/talks.yml", canceled.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ListAtTheTop_CommaAuthorsYearOnlyAndTheListsKind()
    {
        var read = ReadSite(("_data/invited_talks.yml", """
            - authors: A. Faustine, L. Pereira
              title: Energy disaggregation
              conf: Data Science Week
              year: 2020
              url: dsw2020
              link: https://dsw.example.org/
            """));

        var talk = Assert.Single(read.Talks);
        Assert.Equal(["A. Faustine", "L. Pereira"], talk.Authors.Select(a => a.Name));
        Assert.Equal("2020", talk.Date.ToString());
        Assert.Equal("Data Science Week", talk.Venue);
        Assert.Equal(TalkKind.Invited, talk.Kind);
        // `url: dsw2020` is not a link: it stays as written, and `link` is the event's.
        Assert.Equal("https://dsw.example.org/", talk.Links.Event);
        Assert.Equal("url", Assert.Single(talk.Extra).Key);
        Assert.Equal(1, talk.Source.Line);
    }

    [Theory]
    [InlineData("9. February 2026", "2026-02-09")]
    [InlineData("17 November 2025", "2025-11-17")]
    [InlineData("2025-08-14", "2025-08-14")]
    public void Read_TextDates_AreReadAsJekyllReadsThem(string written, string expected)
    {
        var read = ReadSite(("_data/talks.yml", $"talks:\n  - date: {written}\n    title: T\n    video: https://www.youtube.com/embed/abc\n"));

        var talk = Assert.Single(read.Talks);
        Assert.Equal(expected, talk.Date.ToString());
        Assert.Equal("https://www.youtube.com/embed/abc", talk.Links.Video);
    }

    [Fact]
    public void Read_ItemWithoutTitle_IsAnErrorAtTheItem()
    {
        var read = ReadSite(("_data/talks.yml", "- title: A\n  date: 2020-01-01\n- date: 2020-02-02\n  host: x\n"));

        Assert.Single(read.Talks);
        var d = Assert.Single(read.Diagnostics, d => d.Code == MappingDiagnosticCodes.MissingTitle);
        Assert.Equal((3, 3), (d.Line, d.Column));
    }

    [Fact]
    public void Read_TemplateLookingUpTheHost_ShowsTheHostsNameAndPlace()
    {
        var read = ReadSite(
            ("_includes/talk.html", "{% assign host = site.data.conferences | where: \"id\", talk.host | first %}{{ host.name }}"),
            ("_data/conferences.yaml", "- id: pd\n  name: Polar Days\n  location: Tromsø\n  url: https://polardays.example.org/\n"),
            ("_data/talks.yaml", "- title: A\n  date: 2020-01-01\n  host: pd\n- title: B\n  date: 2020-01-02\n  host: unknown\n  location: Oslo\n"));

        Assert.Equal([("Polar Days", "Tromsø", "https://polardays.example.org/"), ("unknown", "Oslo", null)], read.Talks.Select(t => (t.Venue, t.Location, t.Links.Event)));
        Assert.Empty(read.Talks[0].Extra);
    }

    [Fact]
    public void Read_JsonList_IsReadLikeYaml()
    {
        var read = ReadSite(("_data/talks.json", "[\n  {\"title\": \"A\", \"date\": \"2021-01-02\", \"authors\": [\"Ola Nordmann\", \"Kari Nordmann\"]},\n  {\"title\": \"B\", \"date\": \"2021-03-04\"}\n]\n"));

        Assert.Equal(["A", "B"], read.Talks.Select(t => t.Title));
        Assert.Equal(["Ola Nordmann", "Kari Nordmann"], read.Talks[0].Authors.Select(a => a.Name));
        Assert.Equal([2, 3], read.Talks.Select(t => t.Source.Line));
    }

    [Fact]
    public void Read_DataFileWithNoItems_SaysSoInOneLine()
    {
        var read = ReadSite(("_data/talks.yml", "talks: []\n"));

        Assert.Empty(read.Talks);
        Assert.Single(read.Diagnostics, d => d.Code == DataDiagnosticCodes.NoTalkItems);
    }

    [Fact]
    public void Read_SameTalksTwice_GivesTheSameOrderAndDuplicatesNameTheLine()
    {
        var yaml = "- title: Same\n  date: 2020-01-01\n- title: Other\n  date: 2020-01-01\n- title: Same\n  date: 2020-01-01\n";
        var first = ReadSite(("_data/talks.yml", yaml));
        var again = new TalkReader(new ReaderOptions { MaxDegreeOfParallelism = 1 }).Read([_temp.Combine("site")], TestContext.Current.CancellationToken);

        Assert.Equal(first.Talks.Select(t => t.Source.Line), again.Talks.Select(t => t.Source.Line));
        var duplicates = Core.Exporting.TalkQuery.FindDuplicates(first.Talks);
        var group = Assert.Single(duplicates);
        Assert.Equal([1, 5], group.Select(t => t.Source.Line));
        Assert.EndsWith("_data/talks.yml:1", group[0].Source.Shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DataFolderOrFileLinkedOutOfTheSite_IsNotRead()
    {
        var outside = _temp.Write("outside/talks.yml", "- title: Secret\n  date: 2020-01-01\n");
        _temp.Write("site/_config.yml", "name: Maren Solberg\n");
        Directory.CreateDirectory(_temp.Combine("site", "_data"));
        File.CreateSymbolicLink(_temp.Combine("site", "_data", "talks.yml"), outside);
        _temp.Write("other/_config.yml", "name: Maren Solberg\n");
        Directory.CreateSymbolicLink(_temp.Combine("other", "_data"), Path.GetDirectoryName(outside)!);

        var read = new TalkReader().Read([_temp.Combine("site"), _temp.Combine("other")], TestContext.Current.CancellationToken);

        Assert.Empty(read.Talks);
        Assert.Equal(2, read.Diagnostics.Count(d => d.Code == ReaderDiagnosticCodes.NoTalksInSite));
    }

    [Fact]
    public void Read_DataFileThatIsAFifo_IsRefusedWithoutWaiting()
    {
        _temp.Write("site/_config.yml", "name: Maren Solberg\n");
        var fifo = _temp.Combine("site", "_data", "talks.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
        Assert.Equal(0, ExternalTool.Run(ExternalTool.Require("mkfifo"), [fifo]).ExitCode);

        var read = new TalkReader().Read([_temp.Combine("site")], TestContext.Current.CancellationToken);

        Assert.Empty(read.Talks);
        Assert.Single(read.Diagnostics, d => d.Code == ReaderDiagnosticCodes.ReadFailed && d.Path.EndsWith("_data/talks.yml", StringComparison.Ordinal));
    }
}
