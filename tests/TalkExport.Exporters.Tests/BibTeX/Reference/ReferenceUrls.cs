using System.Text;

namespace TalkExport.Exporters.Tests.BibTeX.Reference;

/// <summary>URL checks as they were before the allocation work (LINQ per character).</summary>
internal static class ReferenceUrls
{
    /// <summary>
    /// The value of a <c>url</c> field: verbatim (biber reads it so; no TeX escaping), except that
    /// white space, braces, backslashes, control and non-ASCII characters are percent-encoded —
    /// the same URL, in a form that cannot unbalance the entry.
    /// </summary>
    public static string ForUrlField(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.All(c => c > ' ' && c < 0x7f && c is not ('{' or '}' or '\\')))
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
        url.Length > 0 && url.All(c => c > ' ' && c < 0x7f && c is not ('%' or '#' or '\\' or '{' or '}' or '^'));
}
