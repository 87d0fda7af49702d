using TalkExport.Exporters.BibTeX.Text;
namespace TalkExport.Exporters.Tests.BibTeX.Reference;

/// <summary>Case protection as it was before the allocation work: part of <see cref="ReferenceEscaper"/>.</summary>
internal static class ReferenceCapitalWords
{
    /// <summary>
    /// For each character, the index of the word whose letters and digits it belongs to (-1 for
    /// spaces and a word's leading/trailing punctuation), and for each word whether to protect it.
    /// </summary>
    public static (int[] WordOf, List<bool> Protect) Find(List<char> chars, CaseProtection protection, bool asciiAccents)
    {
        var wordOf = new int[chars.Count];
        var protect = new List<bool>();
        var sentenceStart = true;
        for (var i = 0; i < chars.Count;)
        {
            if (chars[i] == ' ')
            {
                wordOf[i++] = -1;
                continue;
            }

            var start = i;
            while (i < chars.Count && chars[i] != ' ')
            {
                i++;
            }

            // Braces go round the word's letters and digits, not round its punctuation: "{NLP}," not "{NLP,}".
            var word = chars.GetRange(start, i - start);
            var first = word.FindIndex(char.IsLetterOrDigit);
            var last = word.FindLastIndex(char.IsLetterOrDigit);
            for (var j = 0; j < word.Count; j++)
            {
                wordOf[start + j] = first >= 0 && j >= first && j <= last ? protect.Count : -1;
            }

            protect.Add(first >= 0 && NeedsProtection(word.GetRange(first, last - first + 1), protection, sentenceStart, asciiAccents));
            sentenceStart = EndsSentence(word);
        }

        return (wordOf, protect);
    }

    private static bool NeedsProtection(List<char> word, CaseProtection protection, bool sentenceStart, bool asciiAccents)
    {
        if (protection == CaseProtection.None)
        {
            return false;
        }

        var firstLetter = word.FindIndex(char.IsLetter);
        if (firstLetter < 0)
        {
            return false;
        }

        var capitalBeyondFirst = word.Skip(firstLetter + 1).Any(char.IsUpper);
        var capitalFirst = char.IsUpper(word[firstLetter]);
        return protection switch
        {
            CaseProtection.ProperNoun => capitalFirst || capitalBeyondFirst,
            _ => capitalBeyondFirst || (capitalFirst && !sentenceStart) || word.Any(c => TeXCharacters.IsAccentedCapital(c, asciiAccents)),
        };
    }

    private static bool EndsSentence(List<char> word)
    {
        var last = word.FindLastIndex(c => c is not ('"' or '\'' or ')' or ']' or '\u201D' or '\u2019'));
        return last >= 0 && word[last] is '.' or '?' or '!';
    }
}
