using System.Text;

namespace TalkExport.Core.Text;

/// <summary>
/// Removes what no output may contain: C0 and C1 control characters (except tab and newline),
/// characters XML 1.0 forbids (unpaired surrogates, U+FFFE, U+FFFF) and the BOM. The reader already
/// removes these from every text field it maps (Reading/Text/TextCleaner applies the same rules), so
/// mojibake in a record never reaches a .bib, .docx, CSV or JSON; call this for text that did not come
/// through the reader (a <see cref="Model.Talk"/> built in code, a template, a heading option).
/// </summary>
public static class TextSanitizer
{
    /// <summary>True when <paramref name="c"/> at <paramref name="index"/> of <paramref name="text"/> may appear in an output.</summary>
    private static bool IsAllowed(string text, int index, char c)
    {
        if (c < '\u0020')
        {
            return c is '\n' or '\t';
        }

        if (c is >= '\u007F' and <= '\u009F' or '\uFFFE' or '\uFFFF' or '\uFEFF')
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
        }

        return !char.IsLowSurrogate(c) || (index > 0 && char.IsHighSurrogate(text[index - 1]));
    }

    /// <summary>True when <paramref name="text"/> has nothing to remove.</summary>
    public static bool IsClean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAllowed(text, i, text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="text"/> without forbidden characters (CR and CR LF become LF); the same instance when already clean.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    builder.Append('\n');
                }
            }
            else if (IsAllowed(text, i, c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
