using System.Text;
using TalkExport.Exporters.BibTeX.Text;

namespace TalkExport.Exporters.Tests.BibTeX.Reference;

/// <summary>The escaper as it was before the allocation work (List&lt;char&gt;, LINQ): the reference the new one must match character for character.</summary>
internal static class ReferenceEscaper
{
    /// <summary>Escapes <paramref name="text"/>; <paramref name="html"/> reads inline HTML first.</summary>
    public static string Escape(string text, CaseProtection protection, bool asciiAccents, bool html = false) =>
        Escape(text, protection, asciiAccents, html, out _);

    /// <summary>As <see cref="Escape(string, CaseProtection, bool, bool)"/>; tells whether control characters were dropped.</summary>
    public static string Escape(string text, CaseProtection protection, bool asciiAccents, bool html, out bool droppedControls)
    {
        var runs = html ? HtmlText.Parse(text) : [new StyledRun(text, TextStyle.None)];
        var (chars, runOf) = Clean(runs, out droppedControls);
        var balanced = PairBraces(chars);
        var (wordOf, protect) = ReferenceCapitalWords.Find(chars, protection, asciiAccents);

        var output = new StringBuilder(chars.Count + 16);
        var piece = new StringBuilder();
        for (var start = 0; start < chars.Count;)
        {
            var run = runOf[start];
            var end = start;
            while (end < chars.Count && runOf[end] == run)
            {
                end++;
            }

            var style = runs[run].Style;
            var body = new StringBuilder();
            for (var i = start; i < end;)
            {
                // A piece is one word's characters inside this run (or one space): protected as a whole.
                var word = wordOf[i];
                var pieceStart = i;
                piece.Clear();
                do
                {
                    // A hyphen right after a hyphen written by the piece before (TeX would join them into a dash) is kept apart, as within a piece.
                    var before = body.Length > 0 ? body[^1] : style == TextStyle.None && output.Length > 0 ? output[^1] : '\0';
                    if (chars[i] == '-' && piece.Length == 0 && before == '-')
                    {
                        piece.Append("{}");
                    }

                    TeXCharacters.Append(piece, chars[i], balanced[i], asciiAccents);
                    i++;
                }
                while (i < end && word >= 0 && wordOf[i] == word);

                var isProtected = word >= 0 && protect[word];
                if (style != TextStyle.None && isProtected && pieceStart == start && i == end)
                {
                    // The whole styled run is one protected word: pandoc reads \emph{{X}} as \emph{X} and
                    // lowercases it, so the protection goes outside ({{\emph{X}}}, double: it starts with a backslash).
                    body.Append(piece);
                    output.Append("{{").Append(Styled(body.ToString(), style)).Append("}}");
                    body.Clear();
                    break;
                }

                AppendPiece(body, piece, isProtected);
            }

            if (body.Length > 0)
            {
                output.Append(style == TextStyle.None ? body.ToString() : Styled(body.ToString(), style));
            }

            start = end;
        }

        return output.ToString();
    }

    private static string Styled(string tex, TextStyle style)
    {
        var result = style.HasFlag(TextStyle.Emphasis) ? @"\emph{" + tex + "}" : tex;
        return style.HasFlag(TextStyle.Bold) ? @"\textbf{" + result + "}" : result;
    }

    // A group that starts with a backslash is a "special character" that bibtex case-changes,
    // so such a protected piece needs a second brace pair ({{\"O}sterg{\"o}tland} needs none).
    private static void AppendPiece(StringBuilder output, StringBuilder piece, bool isProtected)
    {
        if (!isProtected)
        {
            output.Append(piece);
        }
        else if (piece.Length > 0 && piece[0] == '\\')
        {
            output.Append("{{").Append(piece).Append("}}");
        }
        else
        {
            output.Append('{').Append(piece).Append('}');
        }
    }

    // Drops control characters and collapses white space (one line), keeping each character's run.
    private static (List<char> Chars, List<int> RunOf) Clean(IReadOnlyList<StyledRun> runs, out bool droppedControls)
    {
        var chars = new List<char>();
        var runOf = new List<int>();
        droppedControls = false;
        for (var r = 0; r < runs.Count; r++)
        {
            foreach (var c in runs[r].Text)
            {
                if (IsCollapsible(c))
                {
                    if (chars.Count > 0 && chars[^1] != ' ')
                    {
                        chars.Add(' ');
                        runOf.Add(r);
                    }
                }
                else if (char.IsControl(c))
                {
                    droppedControls = true;
                }
                else
                {
                    chars.Add(c);
                    runOf.Add(r);
                }
            }
        }

        while (chars.Count > 0 && chars[^1] == ' ')
        {
            chars.RemoveAt(chars.Count - 1);
            runOf.RemoveAt(runOf.Count - 1);
        }

        return (chars, runOf);
    }

    private static bool IsCollapsible(char c) => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007');

    private static bool[] PairBraces(List<char> chars)
    {
        var balanced = new bool[chars.Count];
        var open = new Stack<int>();
        for (var i = 0; i < chars.Count; i++)
        {
            if (chars[i] == '{')
            {
                open.Push(i);
            }
            else if (chars[i] == '}' && open.Count > 0)
            {
                balanced[open.Pop()] = true;
                balanced[i] = true;
            }
        }

        return balanced;
    }
}
