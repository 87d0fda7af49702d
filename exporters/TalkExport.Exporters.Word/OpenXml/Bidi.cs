namespace TalkExport.Exporters.Word.OpenXml;

/// <summary>Tells right-to-left text (Hebrew, Arabic, …) so its run gets <c>w:rtl</c> and Word shapes it as complex script.</summary>
internal static class Bidi
{
    /// <summary>True when the text has right-to-left letters and no left-to-right ones.</summary>
    public static bool IsRightToLeft(string text)
    {
        var rtl = false;
        foreach (var c in text)
        {
            if (IsRtlChar(c))
            {
                rtl = true;
            }
            else if (char.IsLetter(c))
            {
                return false;
            }
        }

        return rtl;
    }

    private static bool IsRtlChar(char c) => c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
}
