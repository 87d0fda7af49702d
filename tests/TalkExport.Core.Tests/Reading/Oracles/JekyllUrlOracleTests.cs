using TalkExport.Core.Reading.Dialects;
using TalkExport.Testing;

namespace TalkExport.Core.Tests.Reading.Oracles;

/// <summary>Page-path escaping compared with Jekyll's own <c>Jekyll::URL.escape_path</c>.</summary>
public sealed class JekyllUrlOracleTests
{
    private static readonly string[] Paths =
    [
        "/talks/2023-San Antonio/", "/talks/é-ü-深/", "/talks/a+b~c!d$e&f'g(h)i*j,k;l=m:n@o?p/", "/talks/100%/", "/talks/#1/",
        "/talks/[x]{y}|z^`\"<>\\/", "/talks/tab\there/", "/talks/emoji-\U0001F600/",
    ];

    [Fact]
    public void EscapePath_EqualsJekyll()
    {
        var ruby = ExternalTool.Require("ruby");
        var result = ExternalTool.Run(ruby, ["-e", "require 'jekyll'; STDIN.each_line { |l| puts Jekyll::URL.escape_path(l.chomp) }"], stdin: string.Join('\n', Paths) + "\n");
        Assert.Equal(0, result.ExitCode);
        var theirs = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Paths.Length, theirs.Length);
        for (var i = 0; i < Paths.Length; i++)
        {
            Assert.Equal(theirs[i], JekyllPermalinks.EscapePath(Paths[i]));
        }
    }
}
