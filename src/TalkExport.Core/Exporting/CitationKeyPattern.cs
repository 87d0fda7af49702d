using System.Globalization;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Exporting;

/// <summary>A parsed key pattern (see <see cref="CitationKeyOptions.Pattern"/>).</summary>
/// <remarks>
/// A key is written into one stack buffer, word by word (<see cref="KeyWordReader"/>), so formatting
/// makes no object but the key itself: it runs once per talk in every export.
/// </remarks>
internal sealed class CitationKeyPattern
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "at", "from", "by", "about", "towards",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // In the order of Slot (after Literal).
    private static readonly string[] Placeholders = ["family", "given", "year", "word", "words"];

    private readonly Part[] _parts;

    private CitationKeyPattern(Part[] parts) => _parts = parts;

    private enum Slot
    {
        Literal,
        Family,
        Given,
        Year,
        Word,
        Words,
    }

    /// <exception cref="ArgumentException">Unknown placeholder, unclosed brace or a character not allowed in keys.</exception>
    public static CitationKeyPattern Parse(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var parts = new List<Part>();
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] == '{')
            {
                var end = pattern.IndexOf('}', i);
                var index = end < 0 ? -1 : Array.IndexOf(Placeholders, pattern[(i + 1)..end]);
                if (index < 0)
                {
                    throw new ArgumentException($"Key pattern '{pattern}': unknown or unclosed placeholder at {i + 1}; use {{{string.Join("}, {", Placeholders)}}}.", nameof(pattern));
                }

                parts.Add(new Part((Slot)(index + 1), '\0'));
                i = end + 1;
            }
            else
            {
                var c = char.ToLowerInvariant(pattern[i]);
                if (!IsKeyChar(c))
                {
                    throw new ArgumentException($"Key pattern '{pattern}': '{pattern[i]}' is not allowed in a key (a-z 0-9 _ : . -).", nameof(pattern));
                }

                parts.Add(new Part(Slot.Literal, c));
                i++;
            }
        }

        return new CitationKeyPattern([.. parts]);
    }

    /// <summary>The talk's natural key (before clash suffixes); always matches <c>^[a-z][a-z0-9_:.-]*$</c>.</summary>
    public string Format(Talk talk, string? owner)
    {
        var key = new KeyBuffer(stackalloc char[128]);
        try
        {
            foreach (var part in _parts)
            {
                switch (part.Slot)
                {
                    case Slot.Literal:
                        key.Append(part.Literal);
                        break;
                    case Slot.Family:
                        AppendFamily(ref key, talk, owner);
                        break;
                    case Slot.Given:
                        AppendGiven(ref key, talk, owner);
                        break;
                    case Slot.Year:
                        AppendYear(ref key, talk.Date);
                        break;
                    default:
                        AppendSignificantWords(ref key, talk.Title, part.Slot == Slot.Word ? 1 : 3);
                        break;
                }
            }

            // A key must start with a letter (bibtex and biber); "3m2020x" or an all-CJK result gets a prefix.
            var text = key.Written;
            return text.Length > 0 && text[0] is >= 'a' and <= 'z' ? new string(text) : string.Concat("key", text);
        }
        finally
        {
            key.Dispose();
        }
    }

    private static void AppendFamily(ref KeyBuffer key, Talk talk, string? owner)
    {
        var start = key.Length;
        // A talk that names no one is the owner's: split as the reader splits it ("Degli Esposti, Bruno" → degliesposti).
        if ((talk.Authors.Count > 0 ? talk.Authors[0] : PersonNames.Parse(owner)) is { } person)
        {
            AppendFamilyOf(ref key, person);
        }

        if (key.Length == start)
        {
            key.Append("anon");
        }
    }

    private static void AppendFamilyOf(ref KeyBuffer key, Person person)
    {
        if (person.Family is not null)
        {
            AppendWords(ref key, person.Family, int.MaxValue);
            return;
        }

        // An organisation: its first significant word ("Research Institutes of Sweden" → research), else its first word.
        var literal = person.Literal ?? person.Given;
        if (AppendSignificantWords(ref key, literal, 1) == 0)
        {
            AppendWords(ref key, literal, 1);
        }
    }

    private static void AppendGiven(ref KeyBuffer key, Talk talk, string? owner) =>
        AppendWords(ref key, talk.Authors.Count > 0 ? talk.Authors[0].Given : PersonNames.Parse(owner)?.Given, int.MaxValue);

    private static void AppendYear(ref KeyBuffer key, TalkDate? date)
    {
        if (date is { } d)
        {
            Span<char> digits = stackalloc char[16];
            d.Year.TryFormat(digits, out var written, "D4", CultureInfo.InvariantCulture);
            key.Append(digits[..written]);
        }
    }

    // Words of the title (tags removed) that are no stop words; returns how many were appended.
    private static int AppendSignificantWords(ref KeyBuffer key, string? text, int count)
    {
        var reader = new KeyWordReader(text, stripTags: true);
        var appended = 0;
        while (appended < count && reader.Next(ref key, out var word))
        {
            if (StopWords.Contains(key.From(word)))
            {
                key.Length = word;
            }
            else
            {
                appended++;
            }
        }

        return appended;
    }

    private static void AppendWords(ref KeyBuffer key, string? text, int count)
    {
        var reader = new KeyWordReader(text, stripTags: false);
        for (var n = 0; n < count && reader.Next(ref key, out _); n++)
        {
        }
    }

    private static bool IsKeyChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or ':' or '.' or '-';

    private readonly record struct Part(Slot Slot, char Literal);
}
