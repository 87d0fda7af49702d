using System.Buffers;
using System.Text;

namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>URLs: verbatim in <c>url</c>, and inside <c>\url{…}</c> in notes only when that is safe.</summary>
internal static class BibTeXUrls
{
    private static readonly SearchValues<char> VerbatimInUrl = PrintableAsciiExcept("{}\\");

    private static readonly SearchValues<char> SafeInNote = PrintableAsciiExcept("%#\\{}^");

    /// <summary>
    /// The value of a <c>url</c> field: verbatim (biber reads it so; no TeX escaping), except that
    /// white space, braces, backslashes, control and non-ASCII characters are percent-encoded —
    /// the same URL, in a form that cannot unbalance the entry.
    /// </summary>
    public static string ForUrlField(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.AsSpan().IndexOfAnyExcept(VerbatimInUrl) < 0)
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(trimmed))
        {
            if (b > (byte)' ' && b < 0x7f && b is not ((byte)'{' or (byte)'}' or (byte)'\\'))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when <paramref name="url"/> can go inside <c>\url{…}</c> in a note: no <c>% # \ { }</c>
    /// (a raw % is fatal under biblatex; escaped it prints a backslash), no white space, no
    /// control or non-ASCII character, and no <c>^</c> (read as a superscript once the note has
    /// been through a macro argument).
    /// </summary>
    public static bool IsSafeInNote(string url) =>
        url.Length > 0 && url.AsSpan().IndexOfAnyExcept(SafeInNote) < 0;

    // Printable ASCII (U+0021..U+007E) without the named characters.
    private static SearchValues<char> PrintableAsciiExcept(string excluded)
    {
        var chars = new List<char>();
        for (var c = '!'; c < '\u007F'; c++)
        {
            if (!excluded.Contains(c, StringComparison.Ordinal))
            {
                chars.Add(c);
            }
        }

        return SearchValues.Create([.. chars]);
    }
}
