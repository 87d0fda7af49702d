using System.Globalization;
using System.Text;

namespace TalkExport.Exporters.CvData;

/// <summary>
/// Writes a string as a YAML scalar that every YAML reader (PyYAML/ruamel for RenderCV, Psych for
/// Jekyll, js-yaml) loads back as exactly that string: plain when it cannot be mistaken for
/// anything else, otherwise double-quoted with escapes. Plain is kept for the common case so a
/// hand-edited cv.yaml stays readable.
/// </summary>
public static class YamlScalar
{
    // YAML 1.1 (PyYAML, Psych) reads these as booleans or null; YAML 1.2 readers a subset.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null",
    };

    /// <summary>The scalar's text, on one line.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsPlainSafe(text) ? text : DoubleQuoted(text);
    }

    /// <summary>
    /// True when <paramref name="text"/> is a plain scalar that loads as this string under YAML 1.1
    /// and 1.2: it starts with a letter (never a number, date, indicator or sign), holds no ": " or
    /// " #" (no ':' or '#' at all), no quote-worthy character, and is no boolean or null word.
    /// </summary>
    public static bool IsPlainSafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || !char.IsLetter(text[0]) || text[^1] == ' ' || Reserved.Contains(text))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsPlainCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainCharacter(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or ',' or ';' or '(' or ')' or '/' or '&' or '-' or '+' or '_' or '?' or '!' or '\'' or '=' or '%';
        }

        // Letters and punctuation such as "–" and "’"; never separators (U+2028, NBSP) or surrogates.
        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.DashPunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>
    /// A double-quoted scalar: backslash and quote escaped, line breaks as \n, and every character
    /// a YAML stream may not hold raw (C0/C1 controls, NEL, U+2028/9, BOM, U+FFFE/F) as an escape;
    /// an unpaired surrogate, which UTF-8 cannot hold, becomes U+FFFD.
    /// </summary>
    public static string DoubleQuoted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append('\uFFFD');
                    }
                    else if (c < 0x20 || c is >= '\u007F' and <= '\u00A0' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
                    {
                        builder.Append(c <= 0xFF
                            ? string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}")
                            : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
