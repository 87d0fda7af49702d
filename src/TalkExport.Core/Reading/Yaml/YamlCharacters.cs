using System.Buffers;
using System.Globalization;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// YAML 1.1's printable set, which libyaml (Jekyll's Psych, PyYAML) and Hugo's yaml.v2 enforce on the
/// whole front matter before parsing: tab, LF, CR, NEL, and everything from U+0020 up except DEL,
/// the C1 controls and U+FFFE/U+FFFF. A record with any other character (a C1 control left by a
/// mis-decoded "é", a stray NUL) is rejected by them; YamlDotNet would read it, so we check first.
/// </summary>
internal static class YamlCharacters
{
    private static readonly SearchValues<char> NotAllowed = SearchValues.Create(BuildNotAllowed());

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
