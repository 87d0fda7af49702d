using System.Globalization;
using System.Text.RegularExpressions;

namespace TalkExport.Exporters.Json;

/// <summary>Makes the framework's JSON output keep emoji and other astral characters readable.</summary>
public static partial class JsonText
{
    /// <summary>
    /// Turns each escaped surrogate pair (<c>\uD83C\uDF89</c>) back into its character (🎉). The
    /// framework's encoders always escape characters outside the Basic Multilingual Plane, even
    /// the relaxed one; titles with emoji were unreadable in an editor or a diff. An escape is
    /// real only after an even number of backslashes (<c>\\uD83C…</c> is a backslash and text);
    /// an unpaired surrogate stays escaped, as the text would otherwise not be UTF-8.
    /// </summary>
    public static string KeepAstralCharacters(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.Contains("\\uD", StringComparison.OrdinalIgnoreCase)
            ? SurrogatePair().Replace(json, m => char.ConvertFromUtf32(char.ConvertToUtf32(Hex(m.Groups["high"].Value), Hex(m.Groups["low"].Value))))
            : json;
    }

    private static char Hex(string digits) => (char)int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<=(?:^|[^\\])(?:\\\\)*)\\u(?<high>D[89AB][0-9A-F]{2})\\u(?<low>D[C-F][0-9A-F]{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SurrogatePair();
}
