using System.Buffers;
using System.Text;

namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>
/// Plain text to the TeX inside a field's braces: every TeX special escaped (which also keeps
/// <c>\input{…}</c> and <c>\write18</c> out of a user's document), braces kept balanced, HTML
/// emphasis as <c>\emph{}</c>, capitals protected, and non-ASCII letters as accent commands
/// where asked. Never replaces a character it cannot convert: it stays UTF-8.
/// </summary>
/// <remarks>
/// Works in per-thread arrays (<see cref="EscapeScratch"/>) and one per-thread builder: most
/// values need no change at all, and then the input string itself is returned.
/// </remarks>
internal static class BibTeXEscaper
{
    private static readonly SearchValues<char> Braces = SearchValues.Create("{}");

    // What TeXCharacters.Append may change: the TeX specials, a hyphen (one after another is kept
    // from becoming a dash), and with ASCII accents everything above ASCII.
    private static readonly SearchValues<char> TeXSpecials = SearchValues.Create("\\{}&%$#_~^-");
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create([.. Enumerable.Range(0, 0x80).Select(c => (char)c).Where(c => !TeXSpecials.Contains(c))]);

    [ThreadStatic]
    private static StringBuilder? _output;

    /// <summary>Escapes <paramref name="text"/>; <paramref name="html"/> reads inline HTML first.</summary>
    public static string Escape(string text, CaseProtection protection, bool asciiAccents, bool html = false) =>
        Escape(text, protection, asciiAccents, html, out _);

    /// <summary>As <see cref="Escape(string, CaseProtection, bool, bool)"/>; tells whether control characters were dropped.</summary>
    public static string Escape(string text, CaseProtection protection, bool asciiAccents, bool html, out bool droppedControls)
    {
        var output = _output ??= new StringBuilder(256);
        output.Clear();
        Append(output, text, protection, asciiAccents, html, out droppedControls);
        var result = output.Equals(text.AsSpan()) ? text : output.ToString();
        if (output.Capacity > 1 << 16)
        {
            _output = null;
        }

        return result;
    }

    /// <summary>Appends <paramref name="text"/> escaped to <paramref name="output"/>.</summary>
    public static void Append(StringBuilder output, string text, CaseProtection protection, bool asciiAccents, bool html, out bool droppedControls)
    {
        var scratch = EscapeScratch.Rent();
        droppedControls = false;
        IReadOnlyList<StyledRun>? runs = null;
        if (html && text.AsSpan().IndexOfAny('<', '&') >= 0)
        {
            runs = HtmlText.Parse(text);
            for (var r = 0; r < runs.Count; r++)
            {
                droppedControls |= scratch.AddCleaned(runs[r].Text, r);
            }
        }
        else
        {
            droppedControls = scratch.AddCleaned(text, 0);
        }

        while (scratch.Count > 0 && scratch.Chars[scratch.Count - 1] == ' ')
        {
            scratch.RemoveLast();
        }

        var chars = scratch.Chars.AsSpan(0, scratch.Count);
        var hasBraces = chars.IndexOfAny(Braces) >= 0;
        if (hasBraces)
        {
            scratch.PairBraces();
        }

        var protecting = protection != CaseProtection.None && CapitalWords.Find(scratch, protection, asciiAccents);
        for (var start = 0; start < chars.Length;)
        {
            var run = scratch.RunOf[start];
            var end = start + 1;
            while (end < chars.Length && scratch.RunOf[end] == run)
            {
                end++;
            }

            var style = runs is null ? TextStyle.None : runs[run].Style;
            if (style != TextStyle.None && protecting && IsOneProtectedPiece(scratch, start, end))
            {
                // The whole styled run is one protected word: pandoc reads \emph{{X}} as \emph{X} and
                // lowercases it, so the protection goes outside ({{\emph{X}}}, double: it starts with a backslash).
                output.Append("{{");
                OpenStyle(output, style);
                AppendChars(output, scratch, start, end, hasBraces, asciiAccents);
                CloseStyle(output, style);
                output.Append("}}");
            }
            else
            {
                OpenStyle(output, style);
                AppendRun(output, scratch, start, end, protecting, hasBraces, asciiAccents);
                CloseStyle(output, style);
            }

            start = end;
        }
    }

    // A piece is one word's characters inside a run (or one other character). Unprotected pieces
    // are their characters; a protected piece goes in braces, doubled when it starts with a
    // backslash: a group that starts with one is a "special character" that bibtex case-changes
    // ({{\"O}sterg{\"o}tland} needs none).
    private static void AppendRun(StringBuilder output, EscapeScratch scratch, int start, int end, bool protecting, bool hasBraces, bool asciiAccents)
    {
        if (!protecting)
        {
            AppendChars(output, scratch, start, end, hasBraces, asciiAccents);
            return;
        }

        for (var i = start; i < end;)
        {
            var word = scratch.WordOf[i];
            if (word < 0 || !scratch.Protect[word])
            {
                var plainEnd = i + 1;
                while (plainEnd < end && (scratch.WordOf[plainEnd] < 0 || !scratch.Protect[scratch.WordOf[plainEnd]]))
                {
                    plainEnd++;
                }

                AppendChars(output, scratch, i, plainEnd, hasBraces, asciiAccents);
                i = plainEnd;
                continue;
            }

            var pieceEnd = i + 1;
            while (pieceEnd < end && scratch.WordOf[pieceEnd] == word)
            {
                pieceEnd++;
            }

            var mark = output.Length;
            output.Append('{');
            AppendChars(output, scratch, i, pieceEnd, hasBraces, asciiAccents);
            if (output[mark + 1] == '\\')
            {
                output.Insert(mark, '{').Append("}}");
            }
            else
            {
                output.Append('}');
            }

            i = pieceEnd;
        }
    }

    // Stretches that TeXCharacters.Append would copy one by one are copied at once.
    private static void AppendChars(StringBuilder output, EscapeScratch scratch, int start, int end, bool hasBraces, bool asciiAccents)
    {
        for (var i = start; i < end; i++)
        {
            var rest = scratch.Chars.AsSpan(i, end - i);
            var plain = asciiAccents ? rest.IndexOfAnyExcept(PlainAscii) : rest.IndexOfAny(TeXSpecials);
            if (plain < 0)
            {
                output.Append(rest);
                return;
            }

            output.Append(rest[..plain]);
            i += plain;
            TeXCharacters.Append(output, scratch.Chars[i], hasBraces && scratch.Balanced[i], asciiAccents);
        }
    }

    private static bool IsOneProtectedPiece(EscapeScratch scratch, int start, int end)
    {
        var word = scratch.WordOf[start];
        if (word < 0 || !scratch.Protect[word])
        {
            return false;
        }

        for (var i = start + 1; i < end; i++)
        {
            if (scratch.WordOf[i] != word)
            {
                return false;
            }
        }

        return true;
    }

    private static void OpenStyle(StringBuilder output, TextStyle style)
    {
        if ((style & TextStyle.Bold) != 0)
        {
            output.Append(@"\textbf{");
        }

        if ((style & TextStyle.Emphasis) != 0)
        {
            output.Append(@"\emph{");
        }
    }

    private static void CloseStyle(StringBuilder output, TextStyle style)
    {
        if ((style & TextStyle.Emphasis) != 0)
        {
            output.Append('}');
        }

        if ((style & TextStyle.Bold) != 0)
        {
            output.Append('}');
        }
    }
}
