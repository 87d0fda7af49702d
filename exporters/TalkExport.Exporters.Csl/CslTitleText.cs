using System.Text;

namespace TalkExport.Exporters.Csl;

/// <summary>
/// A title as CSL-JSON rich text: a style may change its case (pandoc's default title-cases, APA
/// sentence-cases), which turns "3D IgA-BEM" into "3d IgA-BEM"; CSL's <c>&lt;span class="nocase"&gt;</c>
/// keeps a word as written. A word is kept when it has a capital after its first character
/// ("3D", "IgA-BEM", "NeurIPS", "AI") or, not starting a sentence, a capital at all ("Bayesian",
/// "Fredholm": a proper noun in a sentence-case title), as BibTeX's case protection braces it.
/// Other characters are written as they are: pandoc's citeproc shows an entity such as
/// <c>&amp;amp;</c> literally ("&amp;Amp;", checked).
/// </summary>
public static class CslTitleText
{
    // Punctuation before a word's first letter: "(Bayesian", a quotation.
    private static readonly char[] Opening = ['(', '[', '"', '\'', '\u201C', '\u2018'];

    /// <summary>The title as CSL rich text.</summary>
    public static string Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (!title.Any(char.IsUpper))
        {
            return title;
        }

        var sb = new StringBuilder(title.Length + 32);
        var sentenceStart = true;
        var words = title.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (w > 0)
            {
                sb.Append(' ');
            }

            if (HasInnerCapital(word) || (!sentenceStart && char.IsUpper(word.TrimStart(Opening).FirstOrDefault())))
            {
                sb.Append("<span class=\"nocase\">").Append(word).Append("</span>");
            }
            else
            {
                sb.Append(word);
            }

            if (word.Length > 0)
            {
                sentenceStart = word[^1] is '.' or ':' or '?' or '!';
            }
        }

        return sb.ToString();
    }

    private static bool HasInnerCapital(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLetterOrDigit(word[i - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
