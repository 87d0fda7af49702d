using System.Globalization;
using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Tests.Exporting.Reference;

/// <summary>
/// CitationKeyPattern.Format and LatinLetters.FoldToAscii as they were before the allocation work
/// (StringBuilders, iterators, LINQ): the reference the differential tests compare against.
/// </summary>
internal sealed class ReferenceCitationKeyPattern
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "at", "from", "by", "about", "towards",
    };

    private static readonly string[] Placeholders = ["family", "given", "year", "word", "words"];

    private readonly IReadOnlyList<(bool IsPlaceholder, string Text)> _parts;

    private ReferenceCitationKeyPattern(IReadOnlyList<(bool, string)> parts) => _parts = parts;

    public static ReferenceCitationKeyPattern Parse(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var parts = new List<(bool, string)>();
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] == '{')
            {
                var end = pattern.IndexOf('}', i);
                var name = end < 0 ? null : pattern[(i + 1)..end];
                if (name is null || !Placeholders.Contains(name))
                {
                    throw new ArgumentException($"Key pattern '{pattern}': unknown or unclosed placeholder at {i + 1}; use {{{string.Join("}, {", Placeholders)}}}.", nameof(pattern));
                }

                parts.Add((true, name));
                i = end + 1;
            }
            else
            {
                var c = char.ToLowerInvariant(pattern[i]);
                if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or ':' or '.' or '-'))
                {
                    throw new ArgumentException($"Key pattern '{pattern}': '{pattern[i]}' is not allowed in a key (a-z 0-9 _ : . -).", nameof(pattern));
                }

                parts.Add((false, c.ToString()));
                i++;
            }
        }

        return new ReferenceCitationKeyPattern(parts);
    }

    public string Format(Talk talk, string? owner)
    {
        var builder = new StringBuilder();
        foreach (var (isPlaceholder, text) in _parts)
        {
            builder.Append(!isPlaceholder ? text : text switch
            {
                "family" => Family(talk, owner),
                "given" => Given(talk, owner),
                "year" => talk.Date is { } d ? d.Year.ToString("D4", CultureInfo.InvariantCulture) : "",
                "word" => string.Concat(SignificantWords(talk.Title).Take(1)),
                _ => string.Concat(SignificantWords(talk.Title).Take(3)),
            });
        }

        var key = builder.ToString();
        return key.Length > 0 && key[0] is >= 'a' and <= 'z' ? key : "key" + key;
    }

    public static string FoldToAscii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                builder.Append(c);
            }
            else if (LatinLetters.SpecialAscii(c) is { } special)
            {
                builder.Append(special);
            }
            else if (LatinLetters.AccentBase(c) is { } accented)
            {
                builder.Append(accented);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Family(Talk talk, string? owner)
    {
        var family = FirstAuthor(talk, owner) is { } person ? FamilyOf(person) : null;
        return family is { Length: > 0 } ? family : "anon";
    }

    private static string Given(Talk talk, string? owner) => string.Concat(Words(FirstAuthor(talk, owner)?.Given));

    // A talk that names no one is the owner's, split as the reader splits names.
    private static Person? FirstAuthor(Talk talk, string? owner) => talk.Authors.Count > 0 ? talk.Authors[0] : PersonNames.Parse(owner);

    private static string? FamilyOf(Person person)
    {
        if (person.Family is not null)
        {
            return string.Concat(Words(person.Family));
        }

        var literal = person.Literal ?? person.Given;
        return SignificantWords(literal).FirstOrDefault() ?? Words(literal).FirstOrDefault();
    }

    private static IEnumerable<string> SignificantWords(string? text) => Words(StripTags(text)).Where(w => !StopWords.Contains(w));

    private static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var word = new StringBuilder();
        foreach (var c in FoldToAscii(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' || (char.IsLetterOrDigit(c) && c > 0x7f))
            {
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static string? StripTags(string? text)
    {
        if (text is null || !text.Contains('<', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/') ? text.IndexOf('>', i) : -1;
            if (close > 0)
            {
                i = close;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
