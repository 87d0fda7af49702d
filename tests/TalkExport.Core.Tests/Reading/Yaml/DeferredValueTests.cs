using System.Globalization;
using System.Text;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Yaml;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Yaml;

/// <summary>
/// Long quoted values stay in the record's source until asked for (DeferredText). They must read
/// exactly as the YamlDotNet path reads them, and the talk must keep the ones it keeps (extras)
/// after the reader hands the record's buffer back to the pool.
/// </summary>
public sealed class DeferredValueTests
{
    [Fact]
    public void TryRead_LongQuotedValues_AreDeferredAndReadAsYamlDotNetReadsThem()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 300; i++)
        {
            var (yaml, _) = RecordWithLongValue(random, i);
            var fast = SimpleYamlReader.TryRead(yaml, 1, ReaderLimits.Default);
            Assert.NotNull(fast);
            var full = YamlFrontMatterReader.ReadWithYamlDotNet(yaml, 1, "case", ReaderLimits.Default, new List<Diagnostic>());
            Assert.Equal(FrontMatterDump.Of(full), FrontMatterDump.Of(fast));

            // A deferred value that is settled without being kept can no longer be read: proof it was deferred.
            var scalar = Assert.IsType<FrontMatterScalar>(SimpleYamlReader.TryRead(yaml, 1, ReaderLimits.Default)?["longversion"]);
            scalar.Settle(keep: false);
            Assert.Throws<InvalidOperationException>(() => scalar.Value);
        }
    }

    [Fact]
    public void TryRead_ShortQuotedValue_IsReadAtOnce()
    {
        var fast = SimpleYamlReader.TryRead("title: \"short\n  value\"\n", 1, ReaderLimits.Default);

        var scalar = Assert.IsType<FrontMatterScalar>(fast?["title"]);
        scalar.Settle(keep: false);
        Assert.Equal("short value", scalar.Value);
    }

    [Fact]
    public void Settle_Keep_MakesTheValueAStringThatOutlivesItsSource()
    {
        var source = "longversion: \"" + new string('x', 300) + "\"\n";
        var buffer = source.ToCharArray();
        var scalar = Assert.IsType<FrontMatterScalar>(SimpleYamlReader.TryRead(buffer, 0, buffer.Length, 1, ReaderLimits.Default)?["longversion"]);

        scalar.Settle(keep: true);
        Array.Fill(buffer, '?');

        Assert.Equal(new string('x', 300), scalar.Value);
    }

    [Fact]
    public void Read_ManyRecordsWithLongExtras_EveryTalkKeepsItsOwnExtraAndAbstract()
    {
        using var temp = new TempDirectory();
        var posts = Directory.CreateDirectory(temp.Combine("talks", "_posts")).FullName;
        File.WriteAllText(temp.Combine("_config.yml"), "url: https://example.org\n");
        var random = new Random(7);
        var expected = new Dictionary<string, string>();
        for (var i = 0; i < 400; i++)
        {
            var extra = LongText(random, i);
            var name = $"2020-01-{1 + (i % 28):00}-talk-{i:000}.md";
            var yaml = $"---\ntitle: Talk {i}\ndescription: \"{extra.Replace("\n", "\n\n", StringComparison.Ordinal)}\"\n" +
                $"longversion: \"<p>{LongText(random, i)}</p> <a href='https://www.youtube.com/watch?v=v{i}'>Video</a>\"\n---\n";
            File.WriteAllText(Path.Combine(posts, name), yaml);
            expected[name] = extra;
        }

        var options = new ReaderOptions { MaxDegreeOfParallelism = 4 };
        var result = new TalkReader(options).Read([temp.Path], TestContext.Current.CancellationToken);

        Assert.Equal(400, result.Talks.Count);
        foreach (var talk in result.Talks)
        {
            var name = Path.GetFileName(talk.Source.Path);
            var description = Assert.Single(talk.Extra, e => e.Key == "description").Value;
            Assert.Equal(expected[name], description.AsString());
            var number = int.Parse(name[^6..^3], CultureInfo.InvariantCulture);
            Assert.Equal($"https://www.youtube.com/watch?v=v{number}", talk.Links.Video);
            Assert.StartsWith("Talk record ", talk.Abstract, StringComparison.Ordinal);
        }
    }

    // A record whose longversion is long, multi-line, with escapes, blank lines and (single-quoted) doubled quotes.
    private static (string Yaml, string Value) RecordWithLongValue(Random random, int i)
    {
        var text = LongText(random, i);
        var yaml = new StringBuilder("title: Talk\n");
        if (i % 2 == 0)
        {
            yaml.Append("longversion: \"").Append(text.Replace("\n", "\n\n   ", StringComparison.Ordinal)).Append(" \\\"quoted\\\" \\u00e9\\n end\"\n");
        }
        else
        {
            yaml.Append("longversion: '").Append(text.Replace("\n", "\n  \n", StringComparison.Ordinal)).Append(" it''s\n  end'\n");
        }

        yaml.Append("venue: After\n");
        return (yaml.ToString(), text);
    }

    private static string LongText(Random random, int i)
    {
        var words = new[] { "deep", "learning", "<a href=https://example.org/p>paper</a>", "&mdash;", "models", "data", "talk" };
        var text = new StringBuilder($"Talk record {i}:");
        var length = 260 + random.Next(400);
        while (text.Length < length)
        {
            text.Append(random.Next(9) == 0 ? '\n' : ' ').Append(words[random.Next(words.Length)]);
        }

        return text.ToString();
    }
}
