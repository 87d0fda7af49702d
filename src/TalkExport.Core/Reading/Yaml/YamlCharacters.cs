using System.Buffers;
using System.Globalization;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// YAML 1.1's printable set, which libyaml (Jekyll's Psych, PyYAML) and Hugo's yaml.v2 enforce on the
/// whole front matter before parsing: tab, LF, CR, NEL, and everything from U+0020 up except DEL,
/// the C1 controls and U+FFFE/U+FFFF. A record with any other character (a C1 control left by a
/// mis-decoded "é", a stray NUL) is rejected by them; YamlDotNet would read it, so we check first.
/// Also YAML 1.1's line breaks, which the compatibility repairs and the position map follow.
/// </summary>
internal static class YamlCharacters
{
    private static readonly SearchValues<char> NotAllowed = SearchValues.Create(BuildNotAllowed());

    // YAML 1.1's line breaks (libyaml's IS_BREAK, and YamlDotNet's scanner, a port of it): LF, CR, NEL, LS, PS.
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>
    /// True for a YAML 1.1 line break. libyaml and YamlDotNet fold NEL, LS and PS in values and end
    /// lines with them, as with LF; a file's lines (our positions, an editor's) end at LF only.
    /// </summary>
    public static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>True when <paramref name="text"/> has a line break other than LF or CR LF (its YAML lines and its file lines then differ).</summary>
    public static bool HasNonLineFeedBreak(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('\u0085', '\u2028', '\u2029') >= 0)
        {
            return true;
        }

        for (var at = text.IndexOf('\r'); at >= 0; at = text.IndexOf('\r'))
        {
            if (at + 1 == text.Length || text[at + 1] != '\n')
            {
                return true;
            }

            text = text[(at + 2)..];
        }

        return false;
    }

    /// <summary>The index of the first YAML line break in <paramref name="text"/> at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexOfBreak(ReadOnlySpan<char> text, int from) => text[from..].IndexOfAny(Breaks) is var at and >= 0 ? from + at : -1;

    /// <summary>Where the YAML line after the one holding <paramref name="from"/> starts (a CR LF is one break), or -1 on the last line.</summary>
    public static int NextLineStart(ReadOnlySpan<char> text, int from)
    {
        var at = IndexOfBreak(text, from);
        if (at < 0)
        {
            return -1;
        }

        return text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? at + 2 : at + 1;
    }

    /// <summary>The start of the YAML line that holds <paramref name="index"/>.</summary>
    public static int LineStart(ReadOnlySpan<char> text, int index) => text[..index].LastIndexOfAny(Breaks) + 1;

    /// <summary>The number of YAML line breaks in <paramref name="text"/> (a CR LF counts once).</summary>
    public static int CountBreaks(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var at = NextLineStart(text, 0); at >= 0; at = NextLineStart(text, at))
        {
            count++;
        }

        return count;
    }

    /// <summary>The first character of <paramref name="yaml"/> outside the printable set, with its 1-based position, or null.</summary>
    public static (int Line, int Column, string Message)? NotPrintable(ReadOnlySpan<char> yaml, int lineOffset)
    {
        var at = yaml.IndexOfAny(NotAllowed);
        if (at < 0)
        {
            return null;
        }

        var before = yaml[..at];
        var line = lineOffset + 1 + before.Count('\n');
        var column = at - before.LastIndexOf('\n');
        var code = ((int)yaml[at]).ToString("X4", CultureInfo.InvariantCulture);
        return (line, column, $"the front matter contains control character U+{code}, which YAML does not allow (usually text decoded twice, mojibake); Jekyll and Hugo reject this front matter, so retype the text around it");
    }

    private static string BuildNotAllowed()
    {
        var chars = new List<char>();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                chars.Add(c);
            }
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            if (c != '\u0085')
            {
                chars.Add(c);
            }
        }

        chars.Add('\uFFFE');
        chars.Add('\uFFFF');
        return new string([.. chars]);
    }
}
