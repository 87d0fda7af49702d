using System.Text;

namespace TalkExport.Core.Tests.Reading.Yaml;

/// <summary>
/// Random front matters in and just outside the fast path's subset: top-level keys with empty,
/// plain, single- and double-quoted (multi-line, column-0 continuations, blank lines, trailing and
/// leading spaces, escapes) values and block lists, mixed with shapes it must hand over (nesting,
/// flow collections, anchors, tags, block scalars, comments, odd keys, document markers).
/// </summary>
internal sealed class YamlFrontMatterGenerator(int seed)
{
    private static readonly string[] Keys = ["title", "venue", "box-bg-imgsrc", "a.b", "_x", "2020", "on", "yes", "tags", "authors", "date", "longversion", "k-1"];
    private static readonly string[] OddKeys = ["\"quoted\"", "null", "key with space", "? complex", "~", "'single'", "é"];
    private static readonly string[] Words = ["deep", "learning", "Å", "é", "it's", "say \"hi\"", "C#", "a:b", "<p>", "&amp;", "x-y", "a,b", "[1]", "{x}", "50%", "e@mail", "~", "null", "NULL", "true", "1.0", "2020-01-01", "https://example.org/a?b=c", "—", "∑"];
    private static readonly string[] Risky = [" #c", ": x", "\t", "😀", "\r", "\u0085", "\u2028"];
    private static readonly string[] Escapes = ["\\\"", "\\\\", "\\n", "\\t", "\\r", "\\u00e9", "\\u0041", "\\\"", "\\\\", "\\n", "\\u00e9", "\\\"", "\\\\", "\\n", "\\t", "\\/", "\\x41", "\\0", "\\ ", "\\u0007", "\\U0001F600"];
    private static readonly string[] FirstOfPlain = ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "-", "?", ":", "&a ", "*a", "!tag ", "|", ">", "%", "@", "`", "[", "{", "#"];

    private readonly Random _random = new(seed);

    public string Next()
    {
        var text = new StringBuilder();
        var entries = _random.Next(1, 9);
        for (var i = 0; i < entries; i++)
        {
            if (Chance(8))
            {
                text.Append(Chance(10) ? Pick(["  # indented comment\n", "---\n", "...\n"]) : Pick(["\n", "   \n", "# comment\n"]));
            }

            var key = Chance(40) ? Pick(OddKeys) : Pick(Keys);
            text.Append(key).Append(Chance(40) ? " :" : ":");
            AppendValue(text);
        }

        return text.ToString();
    }

    private void AppendValue(StringBuilder text)
    {
        switch (_random.Next(40))
        {
            case 0:
                text.Append(Pick(["\n", " \n", "   \n", " # nothing\n"]));
                break;
            case >= 1 and <= 6:
                text.Append(Pick(["\n", " \n"]));
                AppendList(text);
                break;
            case >= 7 and <= 16:
                text.Append(' ').Append(Quoted('"')).Append(Pick(["", "", "", "", " ", " # after", "x"])).Append('\n');
                break;
            case >= 17 and <= 21:
                text.Append(' ').Append(Quoted('\'')).Append(Pick(["", "", " ", " # after"])).Append('\n');
                break;
            case 22:
                text.Append(Pick(["\n  nested: value\n", " [a, b]\n", " {a: 1}\n", " |\n  block\n", " >-\n  folded\n", " &anchor value\nother: *anchor\n", " plain\n  continued\n", " !!str tagged\n"]));
                break;
            default:
                text.Append(' ').Append(Plain()).Append(Pick(["", "", "  ", " # comment"])).Append('\n');
                break;
        }
    }

    private void AppendList(StringBuilder text)
    {
        var indent = new string(' ', _random.Next(0, 4));
        var items = _random.Next(1, 5);
        for (var i = 0; i < items; i++)
        {
            if (Chance(8))
            {
                text.Append(Pick(["\n", "  \n"]));
            }

            text.Append(indent).Append('-');
            text.Append(_random.Next(6) switch
            {
                0 => "",
                1 => " " + Quoted('"', lines: Chance(15) ? 2 : 1),
                2 => " " + Quoted('\'', lines: 1),
                3 when Chance(15) => " - nested",
                4 when Chance(15) => " name: x",
                _ => " " + Plain(),
            }).Append('\n');
        }
    }

    private string Plain()
    {
        var text = new StringBuilder(Pick(FirstOfPlain));
        var words = _random.Next(1, 5);
        for (var i = 0; i < words; i++)
        {
            text.Append(i > 0 ? " " : "").Append(Chance(60) ? Pick(Risky) : Pick(Words));
        }

        return text.ToString();
    }

    private string Quoted(char quote, int? lines = null)
    {
        var text = new StringBuilder().Append(quote);
        var count = lines ?? _random.Next(1, 6);
        for (var line = 0; line < count; line++)
        {
            if (line > 0)
            {
                text.Append(Pick(["", "", "", " ", "   ", "\n", "\n\n", " \n"])).Append('\n');
                text.Append(new string(' ', _random.Next(0, 3) * _random.Next(0, 2)));
                if (Chance(60))
                {
                    text.Append(Pick(["--- ", "...", "----"]));
                }
            }

            var words = _random.Next(0, 6);
            for (var i = 0; i < words; i++)
            {
                text.Append(i > 0 ? Pick([" ", " ", "  "]) : "");
                text.Append(Chance(8) ? QuotedSpecial(quote) : Pick(Words).Replace(quote.ToString(), quote == '\'' ? "''" : "\\\"", StringComparison.Ordinal));
            }
        }

        return text.Append(Chance(80) ? "" : quote.ToString()).ToString();
    }

    private string QuotedSpecial(char quote) => quote == '"'
        ? Pick(Escapes)
        : Pick(["''", "\\", "\\n", "#"]);

    private bool Chance(int oneIn) => _random.Next(oneIn) == 0;

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
