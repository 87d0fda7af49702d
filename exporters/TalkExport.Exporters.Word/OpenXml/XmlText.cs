using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>
/// Every string that reaches the document goes through here: a character XML 1.0 forbids makes
/// the SDK throw on save (leaving a 0-byte file), and C1 controls are mojibake that must not
/// reach an output. Tabs and line breaks become spaces (entries are one paragraph each).
/// </summary>
internal static class XmlText
{
    /// <summary>True when <see cref="Clean"/> would remove something other than whitespace changes.</summary>
    public static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c is not ('\t' or '\n' or '\r') && IsUnwanted(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with forbidden and control characters removed and line breaks as spaces.</summary>
    public static string Clean(string text)
    {
        if (!text.Any(c => c < ' ' || c >= '\u007F'))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                result.Append(' ');
            }
            else if (!IsUnwanted(c))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>A <c>w:t</c> holding cleaned text, always with <c>xml:space="preserve"</c> so no space is lost.</summary>
    public static Text Element(string text) => new(Clean(text)) { Space = SpaceProcessingModeValues.Preserve };

    private static bool IsUnwanted(char c) =>
        c < ' ' || c is (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
}
