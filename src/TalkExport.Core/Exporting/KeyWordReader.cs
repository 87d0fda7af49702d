namespace TalkExport.Core.Exporting;

/// <summary>
/// Reads the words of a text for a citation key straight into a <see cref="KeyBuffer"/>: folded to
/// lowercase <c>[a-z0-9]</c> (ö→o, ß→ss), an apostrophe joins ("don't" → dont), letters with no ASCII
/// form drop out, anything else separates. With <c>stripTags</c>, HTML tags (<c>&lt;i&gt;</c>,
/// <c>&lt;/b&gt;</c>) are left out without separating ("G<i>AN</i>s" → gans).
/// </summary>
internal struct KeyWordReader(string? text, bool stripTags)
{
    private readonly string _text = text ?? "";
    private bool _stripTags = stripTags && text is not null && text.Contains('<', StringComparison.Ordinal);
    private int _next;

    /// <summary>Appends the next word and returns true, with <paramref name="start"/> where it begins; false at the end.</summary>
    public bool Next(ref KeyBuffer key, out int start)
    {
        start = key.Length;
        var text = _text;
        while (_next < text.Length)
        {
            var c = text[_next];
            if (c == '<' && _stripTags && TagEnd(text, _next) is var end && end > 0)
            {
                _next = end + 1;
                continue;
            }

            _next++;
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(char.IsAsciiLetterUpper(c) ? (char)(c + ('a' - 'A')) : c);
            }
            else if (c < 0x80)
            {
                if (c != '\'' && key.Length > start)
                {
                    return true;
                }
            }
            else if (LatinLetters.TryFold(c, out var single, out var spelled))
            {
                AppendLower(ref key, single, spelled);
            }
            else if (c != '\u2019' && !char.IsLetterOrDigit(c) && key.Length > start)
            {
                return true;
            }
        }

        return key.Length > start;
    }

    // The folded forms are ASCII letters only, so they never end a word.
    private static void AppendLower(ref KeyBuffer key, char single, string? spelled)
    {
        if (spelled is null)
        {
            key.Append(char.ToLowerInvariant(single));
            return;
        }

        foreach (var c in spelled)
        {
            key.Append(char.ToLowerInvariant(c));
        }
    }

    // Where the tag opened at a '<' ends ('>'), or -1 when it is no tag.
    private int TagEnd(string text, int open)
    {
        if (open + 1 >= text.Length || !(char.IsAsciiLetter(text[open + 1]) || text[open + 1] == '/'))
        {
            return -1;
        }

        var end = text.IndexOf('>', open);
        if (end < 0)
        {
            _stripTags = false; // no '>' further on: no later '<' closes either
        }

        return end;
    }
}
