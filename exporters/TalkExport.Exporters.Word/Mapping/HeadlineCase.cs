using System.Collections.Frozen;
using System.Text;

namespace TalkExport.Exporters.Word.Mapping;

/// <summary>
/// Chicago headline-style capitalisation: major words capitalised, articles, conjunctions and
/// prepositions lowercase except first and last. Never lowercases anything else, so acronyms
/// and names like "iPhone" or "word2vec" stay as written.
/// </summary>
internal static class HeadlineCase
{
    private static readonly FrozenSet<string> MinorWords = new[]
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "if", "vs", "vs.", "via", "per",
        "about", "above", "across", "after", "against", "along", "among", "around", "at", "before", "behind",
        "below", "beneath", "beside", "between", "beyond", "by", "down", "during", "except", "from", "in",
        "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "over", "past", "since", "through",
        "throughout", "to", "toward", "towards", "under", "until", "up", "upon", "with", "within", "without",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Apply(string title)
    {
        var words = title.Split(' ');
        var result = new StringBuilder(title.Length);
        var last = Array.FindLastIndex(words, w => w.Length > 0);
        var afterColon = true;
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            var word = words[i];
            var core = word.Trim('"', '\'', '(', ')', '[', ']', '“', '”', '‘', '’', ',', ';', ':', '.', '?', '!');
            var minor = !afterColon && i != last && MinorWords.Contains(core.ToLowerInvariant());
            result.Append(minor ? Lower(word, core) : Capitalize(word));
            afterColon = word.EndsWith(':') || word is "—" or "–" or "-";
        }

        return result.ToString();
    }

    // Only a word written all in lowercase is lowered, so "In" at the start of a subtitle stays.
    private static string Lower(string word, string core) =>
        core.Length > 1 && string.Equals(core, core.ToUpperInvariant(), StringComparison.Ordinal) ? word : word.ToLowerInvariant();

    private static string Capitalize(string word)
    {
        if (word.Contains("://", StringComparison.Ordinal) || word.Contains('@', StringComparison.Ordinal) || word.Any(char.IsDigit))
        {
            return word;
        }

        var chars = word.ToCharArray();
        var startOfPart = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                if (startOfPart && char.IsLower(chars[i]) && !HasInnerCapital(word))
                {
                    chars[i] = char.ToUpperInvariant(chars[i]);
                }

                startOfPart = false;
            }
            else if (chars[i] == '-')
            {
                // "self-supervised" → "Self-Supervised".
                startOfPart = true;
            }
        }

        return new string(chars);
    }

    private static bool HasInnerCapital(string word) => word.Skip(1).Any(char.IsUpper);
}
