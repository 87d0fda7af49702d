using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Dialects;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Oracles;

/// <summary>
/// Date texts and file names as Jekyll reads them: Ruby's <c>Time.parse</c> (what Jekyll's
/// <c>Utils.parse_date</c> calls) runs on every form, and TalkExport must give the same day, or say
/// "not a date" exactly where Ruby's answer is no day the text names (see <see cref="JekyllDateText"/>).
/// </summary>
public sealed class JekyllDateOracleTests
{
    // Texts Ruby reads as a day the text names: ours must be that day.
    private static readonly string[] SameDay =
    [
        "23 March 2011", "March 23, 2011", "March 23 2011", "Mar 23, 2011", "Mar. 23, 2011", "23rd March 2011",
        "March 23rd, 2011", "Wednesday, 23 March 2011", "Wed, 23 Mar 2011 10:00:00 +0000", "2011/03/23", "2011/3/5",
        "23/03/2011", "23.03.2011", "2011.03.23", "20110323", "Sept 5, 2019", "5 Sept 2019", "2019 June 5", "5-Jun-2019",
        "Jun-5-2019", "2019-Jun-05", "1/2/2019", "23 March, 2011", "March 23,2011", "23-03-2011", "2011-3-5",
        "23 Mar 11", "Mar 23 '11", "23.3.2011", "23. March 2011", "Monday March 23 2011", "Virtual, 23 March 2011",
        "2011-03-23, Seattle", "December 1st 2020", "1st December 2020", "01 DEC 2020", "dec 1 2020", "2020 Dec 1",
        "May 5 2020 3pm", "5 May 2020 15:00 CET", "05.06.19", "  23 March 2011  ", "June 5th 2019", "2019-06-05 to 2019-06-07",
    ];

    // Texts Ruby reads as the 1st of a month the text names: ours is that month (no day).
    private static readonly string[] SameMonth = ["March 2011", "June 2019", "March, 2011", "3/2011", "2011/3", "12/2020", "May 2020", "March 2011 (virtual)", "Dec 2019 - Jan 2020", "5th of June 2019"];

    // Texts Ruby rejects: ours must be no date too.
    private static readonly string[] Neither = ["03/23/2011", "Summer 2019", "Fall 2019", "TBD", "2019年6月5日", "32 May 2020", "202012051", "online"];

    // Ours, not Jekyll's (which stops the build on them): ISO 8601 year and year-month, read at that precision.
    private static readonly string[] OursOnly = ["2011", "2011-03"];

    // Where Ruby's day is not one the text names, ours is no date (JekyllDateText says why for each).
    private static readonly string[] RubyGuesses =
    [
        "March", "23 March", "12 Juin 2019", // no year: Ruby takes the current one
        "30 February 2019", "31 April 2020", // past the month's end: Ruby rolls into the next month
        "June 5-7, 2019", // Ruby reads "-7" as the year
        "2020120", // seven digits: Ruby reads a day of the year
    ];

    [Fact]
    public void DateTexts_ReadAsRubyTimeParse()
    {
        var texts = SameDay.Concat(SameMonth).Concat(Neither).Concat(RubyGuesses).Concat(OursOnly).ToList();
        var ruby = RubyDates(texts);
        var failures = new List<string>();
        foreach (var text in texts)
        {
            var result = JekyllDateText.TryParse(text, out var ours);
            if (DateText.TryParse(text, out var iso) == DateText.Result.Ok)
            {
                (result, ours) = (DateText.Result.Ok, iso);
            }

            var theirs = ruby[text];
            var expected = SameDay.Contains(text) ? theirs : SameMonth.Contains(text) ? theirs?[..7] : OursOnly.Contains(text) ? text : null;
            if (SameDay.Contains(text) || SameMonth.Contains(text))
            {
                Assert.True(theirs is not null && (SameDay.Contains(text) ? theirs.Length == 10 : theirs.EndsWith("-01", StringComparison.Ordinal)), $"Ruby no longer reads {text} as listed: {theirs}");
            }
            else if (Neither.Contains(text) || OursOnly.Contains(text))
            {
                Assert.True(theirs is null, $"Ruby reads {text} as {theirs}");
            }
            else
            {
                Assert.True(theirs is not null, $"Ruby rejects {text}: move it to Neither");
            }

            var got = result == DateText.Result.Ok ? ours.ToString() : null;
            if (got != expected)
            {
                failures.Add($"{text}: ours {got ?? result.ToString()} | ruby {theirs ?? "error"}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Theory]
    [InlineData("2020-1-5-talk.md", "2020-01-05")]
    [InlineData("2020-01-5-talk.md", "2020-01-05")]
    [InlineData("20-1-5-talk.md", "2020-01-05")]
    [InlineData("69-1-5-talk.md", "1969-01-05")]
    [InlineData("202-01-05-talk.md", "0202-01-05")]
    public void FileNameDates_ReadAsJekyll(string name, string expected)
    {
        Assert.Equal(DateText.Result.Ok, PostFileName.Date(name, out var date, out var length));
        Assert.Equal(expected, date.ToString());
        Assert.Equal(expected, RubyDates([name[..length]])[name[..length]]);
    }

    // Ruby's Time.parse on each text, as YYYY-MM-DD, or null where it raises.
    private static Dictionary<string, string?> RubyDates(List<string> texts)
    {
        var ruby = ExternalTool.Require("ruby");
        const string Script = "require 'time'; STDIN.each_line { |l| begin; puts Time.parse(l.chomp).strftime('%Y-%m-%d'); rescue ArgumentError; puts 'error'; end }";
        var result = ExternalTool.Run(ruby, ["-e", Script], stdin: string.Join('\n', texts) + "\n", environment: new Dictionary<string, string> { ["TZ"] = "UTC" });
        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(texts.Count, lines.Length);
        return texts.Select((t, i) => (t, lines[i])).ToDictionary(p => p.t, p => p.Item2 == "error" ? null : p.Item2, StringComparer.Ordinal);
    }
}
