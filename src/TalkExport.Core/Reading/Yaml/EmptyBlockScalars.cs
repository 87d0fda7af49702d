using System.Text;
using System.Text.RegularExpressions;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// Makes YamlDotNet read a block scalar whose opening lines hold only spaces (<c>bibtex: |</c>, then
/// a line of two spaces, then the next key or the end) as libyaml does. libyaml takes the longest
/// of those lines and the first content line as the scalar's indentation and, when the next line
/// is indented less, ends the scalar there: the value is empty (or line breaks only, with <c>|+</c>).
/// YamlDotNet 18 stops with "found extra spaces in first line" (or "more spaces in lines above
/// first content line"). Clearing those spaces changes no
/// value (a line that is only indentation is a line break either way) and moves no line.
/// </summary>
internal static partial class EmptyBlockScalars
{
    /// <summary>True when <paramref name="message"/> is one of YamlDotNet's complaints that this pass repairs.</summary>
    public static bool IsExtraSpacesError(string message) =>
        message.Contains("found extra spaces in first line", StringComparison.Ordinal)
        || message.Contains("found more spaces in lines above first content line", StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="text"/> with the space-only lines cleared that open a block scalar, where that
    /// changes no value: the scalar ends right after them, or its first content line is indented at
    /// least as deep as the longest of them. False when there is no such scalar.
    /// </summary>
    public static bool TryClear(string text, out string repaired)
    {
        StringBuilder? builder = null;
        var copied = 0;
        var lineStart = 0;
        while (lineStart >= 0 && lineStart < text.Length)
        {
            var next = YamlCharacters.NextLineStart(text, lineStart);
            if (!Header().IsMatch(Line(text, lineStart)))
            {
                lineStart = next;
                continue;
            }

            var headerIndent = Indent(text, lineStart);
            var blanks = new List<(int Start, int End)>();
            var scan = next;
            while (scan >= 0 && scan < text.Length && Line(text, scan) is var line && line.Trim(' ').Length == 0)
            {
                if (line.Length > 0)
                {
                    blanks.Add((scan, scan + line.Length));
                }

                scan = YamlCharacters.NextLineStart(text, scan);
            }

            // libyaml's indentation is the longest of these lines and the first content line's. Cleared,
            // they read the same when the scalar ends at that line (it is indented no deeper than the
            // header's) or when none is longer than the content line (which then sets the indentation).
            var longest = blanks.Count == 0 ? 0 : blanks.Max(b => b.End - b.Start);
            if (blanks.Count > 0 && (scan < 0 || scan >= text.Length || Indent(text, scan) <= headerIndent || longest <= Indent(text, scan)))
            {
                builder ??= new StringBuilder(text.Length);
                foreach (var (start, end) in blanks)
                {
                    builder.Append(text, copied, start - copied);
                    copied = end;
                }
            }

            lineStart = scan;
        }

        if (builder is null)
        {
            repaired = text;
            return false;
        }

        repaired = builder.Append(text, copied, text.Length - copied).ToString();
        return true;
    }

    private static ReadOnlySpan<char> Line(string text, int start)
    {
        var end = YamlCharacters.IndexOfBreak(text, start);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start);
    }

    private static int Indent(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i - start;
    }

    // "key: |", "- key: >-", "key: |+  # comment": a block scalar header without an explicit indentation.
    [GeneratedRegex(@"^ *(?:- +)?[^\s#][^#]*?:[ \t]+[|>][-+]?[ \t]*(?:#.*)?$")]
    private static partial Regex Header();
}
