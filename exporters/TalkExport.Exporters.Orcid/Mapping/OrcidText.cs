using System.Text;

namespace TalkExport.Exporters.Orcid.Mapping;

/// <summary>Cleans and cuts text so that ORCID (and an XML 1.0 parser) accepts it.</summary>
internal static class OrcidText
{
    /// <summary>
    /// Removes what XML 1.0 forbids or ORCID cannot show (C0/C1 controls other than tab and
    /// newline, U+FFFE/U+FFFF, lone surrogates), turns CR/CRLF into LF, and for single-line
    /// values collapses whitespace runs to one space. Returns null when nothing visible is left,
    /// because ORCID rejects empty and whitespace-only strings.
    /// </summary>
    public static string? Clean(string? text, bool singleLine, out bool removedCharacters)
    {
        removedCharacters = false;
        if (text is null)
        {
            return null;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                Flush(sb, ref pendingSpace);
                sb.Append(c).Append(text[++i]);
                continue;
            }

            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (IsForbidden(c))
            {
                removedCharacters = true;
                continue;
            }

            if (singleLine && char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            Flush(sb, ref pendingSpace);
            sb.Append(c);
        }

        var result = singleLine ? sb.ToString() : sb.ToString().Trim();
        return result.Length == 0 || result.All(char.IsWhiteSpace) ? null : result;
    }

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="limit"/> UTF-16 code units (the
    /// strictest way ORCID's validators count), at a word boundary when one is near, never inside
    /// a surrogate pair, and marks the cut with "…".
    /// </summary>
    public static string Cut(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var end = limit - 1;
        if (char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        var space = text.LastIndexOfAny([' ', '\n'], end);
        if (space > end - 40 && space > 0)
        {
            end = space;
        }

        return text[..end].TrimEnd() + "…";
    }

    private static bool IsForbidden(char c) =>
        (c < 0x20 && c is not ('\t' or '\n')) || c is (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    private static void Flush(StringBuilder sb, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            sb.Append(' ');
            pendingSpace = false;
        }
    }
}
