using System.Text;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// Infers a <see cref="TalkKind"/> by the rules in input.md: sources in order (explicit type, then
/// title, then venue — never the abstract, which mentions posters and keynotes in passing); within
/// a source the first matching rule wins; a rule word matches case-insensitively at the start of a
/// word ("Seminars", "Panelist" match; "impostergable" does not).
/// </summary>
public static class KindRules
{
    // Rule order is part of the contract: "Contributed poster" is a poster, "Invited keynote" a keynote.
    private static readonly (string[] Words, TalkKind Kind)[] Rules =
    [
        (["keynote", "plenary"], TalkKind.Keynote),
        (["invited"], TalkKind.Invited),
        (["tutorial"], TalkKind.Tutorial),
        (["lecture"], TalkKind.Lecture),
        (["seminar", "colloquium"], TalkKind.Seminar),
        (["poster"], TalkKind.Poster),
        (["panel"], TalkKind.Panel),
        (["contributed", "conference presentation", "paper presentation"], TalkKind.Contributed),
    ];

    // An explicit type with one of these is not a talk the person gave (corpus: "Attendance", "Delegate", "Organizing Commitee").
    private static readonly string[] NotGivenWords = ["attend", "delegate", "organis", "organiz"];

    /// <summary>The kind from the first source that matches a rule, else <see cref="TalkKind.Talk"/>.</summary>
    public static TalkKind Infer(string? explicitType, string? title, string? venue)
    {
        foreach (var source in (ReadOnlySpan<string?>)[explicitType, title, venue])
        {
            if (TryMatch(source, out var kind))
            {
                return kind;
            }
        }

        return TalkKind.Talk;
    }

    /// <summary>The first rule matching <paramref name="text"/>, if any.</summary>
    public static bool TryMatch(string? text, out TalkKind kind)
    {
        kind = TalkKind.Talk;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = TextCleaner.SingleLine(text) ?? "";
        foreach (var (words, ruleKind) in Rules)
        {
            foreach (var word in words)
            {
                if (ContainsAtWordStart(normalized, word))
                {
                    kind = ruleKind;
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when an explicit type says the person attended, was a delegate or organised, rather than spoke.</summary>
    public static bool IsNotGivenByOwner(string? explicitType)
    {
        if (string.IsNullOrWhiteSpace(explicitType))
        {
            return false;
        }

        foreach (var word in NotGivenWords)
        {
            if (ContainsAtWordStart(explicitType, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/> (ignoring case) where a word starts.</summary>
    internal static bool ContainsAtWordStart(string text, string word) =>
        Ascii.IsValid(text) && Ascii.IsValid(word) ? AsciiContainsAtWordStart(text, word) : ContainsAtWordStartAnyText(text, word);

    /// <summary>The general search behind <see cref="ContainsAtWordStart"/> (any text; the ASCII path must agree with it).</summary>
    internal static bool ContainsAtWordStartAnyText(string text, string word)
    {
        var from = 0;
        while (from <= text.Length - word.Length)
        {
            var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    // For ASCII text and word, ignoring case is ASCII case folding, and the invariant-mode
    // IndexOf(OrdinalIgnoreCase) the general path uses is slow for the many short searches here
    // (every title and venue against every rule word, every name against the organisation stems).
    private static bool AsciiContainsAtWordStart(string text, string word) => AsciiIndexOf(text, word, atWordStart: true) >= 0;

    /// <summary>True when ASCII <paramref name="text"/> contains ASCII <paramref name="word"/>, ignoring case (as IndexOf with OrdinalIgnoreCase, faster).</summary>
    internal static bool ContainsAscii(string text, string word) => AsciiIndexOf(text, word, atWordStart: false) >= 0;

    private static int AsciiIndexOf(string text, string word, bool atWordStart)
    {
        if (word.Length == 0)
        {
            return 0;
        }

        var first = word[0];
        var lower = char.ToLowerInvariant(first);
        var upper = char.ToUpperInvariant(first);
        var span = text.AsSpan();
        var from = 0;
        while (from <= span.Length - word.Length)
        {
            var at = span[from..].IndexOfAny(lower, upper);
            if (at < 0)
            {
                return -1;
            }

            at += from;
            if (at > span.Length - word.Length)
            {
                return -1;
            }

            if (span.Slice(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) && (!atWordStart || at == 0 || !char.IsLetterOrDigit(span[at - 1])))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }
}
