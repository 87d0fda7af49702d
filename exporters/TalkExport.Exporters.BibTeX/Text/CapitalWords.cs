using System.Buffers;

namespace TalkExport.Exporters.BibTeX.Text;

/// <summary>
/// Which words need braces so that styles keep their capitals. Styles lowercase unbraced words
/// (biblatex sentence case, bibtex's <c>change.case$</c>, pandoc's CSL conversion): titles keep
/// words with capitals beyond a sentence-initial letter (<c>{GANs}</c>, <c>{Bayesian}</c>, never
/// <c>{B}ayesian</c>); names of events and places keep every capitalised word.
/// </summary>
internal static class CapitalWords
{
    private static readonly SearchValues<char> ClosingQuotes = SearchValues.Create("\"')]\u201D\u2019");

    /// <summary>
    /// Fills, for each cleaned character of <paramref name="scratch"/>, the index of the word whose
    /// letters and digits it belongs to (-1 for spaces and a word's leading/trailing punctuation),
    /// and for each word whether to protect it. Returns whether any word is protected.
    /// </summary>
    public static bool Find(EscapeScratch scratch, CaseProtection protection, bool asciiAccents)
    {
        var chars = scratch.Chars.AsSpan(0, scratch.Count);
        var wordOf = scratch.WordOf.AsSpan(0, scratch.Count);
        var words = 0;
        var any = false;
        var sentenceStart = true;
        for (var i = 0; i < chars.Length;)
        {
            if (chars[i] == ' ')
            {
                wordOf[i++] = -1;
                continue;
            }

            var start = i;
            while (i < chars.Length && chars[i] != ' ')
            {
                i++;
            }

            // Braces go round the word's letters and digits, not round its punctuation: "{NLP}," not "{NLP,}".
            var word = chars[start..i];
            var first = IndexOfLetterOrDigit(word);
            var last = first < 0 ? -1 : LastIndexOfLetterOrDigit(word);
            for (var j = 0; j < word.Length; j++)
            {
                wordOf[start + j] = first >= 0 && j >= first && j <= last ? words : -1;
            }

            var protect = first >= 0 && NeedsProtection(word[first..(last + 1)], protection, sentenceStart, asciiAccents);
            scratch.EnsureWords(words + 1);
            scratch.Protect[words++] = protect;
            any |= protect;
            sentenceStart = EndsSentence(word);
        }

        return any;
    }

    private static bool NeedsProtection(ReadOnlySpan<char> word, CaseProtection protection, bool sentenceStart, bool asciiAccents)
    {
        if (protection == CaseProtection.None)
        {
            return false;
        }

        var firstLetter = -1;
        for (var j = 0; j < word.Length && firstLetter < 0; j++)
        {
            firstLetter = char.IsLetter(word[j]) ? j : -1;
        }

        if (firstLetter < 0)
        {
            return false;
        }

        var capitalBeyondFirst = false;
        foreach (var c in word[(firstLetter + 1)..])
        {
            capitalBeyondFirst |= char.IsUpper(c);
        }

        var capitalFirst = char.IsUpper(word[firstLetter]);
        if (protection == CaseProtection.ProperNoun)
        {
            return capitalFirst || capitalBeyondFirst;
        }

        if (capitalBeyondFirst || (capitalFirst && !sentenceStart))
        {
            return true;
        }

        foreach (var c in word)
        {
            if (TeXCharacters.IsAccentedCapital(c, asciiAccents))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfLetterOrDigit(ReadOnlySpan<char> word)
    {
        for (var j = 0; j < word.Length; j++)
        {
            if (char.IsLetterOrDigit(word[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private static int LastIndexOfLetterOrDigit(ReadOnlySpan<char> word)
    {
        for (var j = word.Length - 1; j >= 0; j--)
        {
            if (char.IsLetterOrDigit(word[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool EndsSentence(ReadOnlySpan<char> word)
    {
        var last = word.LastIndexOfAnyExcept(ClosingQuotes);
        return last >= 0 && word[last] is '.' or '?' or '!';
    }
}
