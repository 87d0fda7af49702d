namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>
/// Finds right-to-left stretches (Hebrew, Arabic, …) in a run's text so that only they get
/// <c>w:rtl</c>: Word then shapes them as complex script, while the Latin punctuation around them
/// stays in the left-to-right flow of the entry.
/// </summary>
internal static class Bidi
{
    /// <summary>The text cut into stretches; a stretch is right-to-left from its first to its last RTL letter.</summary>
    public static IEnumerable<(string Text, bool RightToLeft)> Split(string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsRtlChar(text[i]))
            {
                i++;
                continue;
            }

            // Extend over neutral characters while another RTL letter follows before any LTR letter.
            var end = i + 1;
            for (var j = i + 1; j < text.Length; j++)
            {
                if (IsRtlChar(text[j]))
                {
                    end = j + 1;
                }
                else if (char.IsLetterOrDigit(text[j]))
                {
                    break;
                }
            }

            if (i > start)
            {
                yield return (text[start..i], false);
            }

            yield return (text[i..end], true);
            start = i = end;
        }

        if (start < text.Length)
        {
            yield return (text[start..], false);
        }
    }

    private static bool IsRtlChar(char c) => c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
}
