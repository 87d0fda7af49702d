using TalkExport.Core.Model;

namespace TalkExport.Core.Editing;

/// <summary>
/// Sets one top-level key of a record's YAML front matter to a literal block scalar and changes
/// nothing else: it works on the line layout (never re-serializes YAML), so key order, quoting,
/// comments, blank lines, line endings, a BOM and the body stay byte-identical. New lines use the
/// line ending of the line they replace. Layouts it cannot edit safely are refused, not guessed.
/// </summary>
public static class FrontMatterEditor
{
    /// <summary>
    /// Sets <paramref name="key"/> to <paramref name="value"/> (the exact string YAML should load) in
    /// <paramref name="text"/>. When <paramref name="parsed"/> (the parsed front matter of the same
    /// text) is given, the layout found must agree with it, or the edit is refused.
    /// </summary>
    public static FrontMatterEditResult SetBlockScalar(string text, string key, string value, FrontMatterEditOptions? options = null, FrontMatterMapping? parsed = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        options ??= FrontMatterEditOptions.Default;
        var lines = TextLine.Split(text);
        var fence = lines.Count == 0 ? "" : lines[0].Content(text).TrimStart('\uFEFF').TrimEnd(' ', '\t');
        if (fence == "+++")
        {
            return Refuse(text, 1, "TOML front matter (+++) is not edited: fill-bibtex writes YAML records only; add the entry by hand");
        }

        var close = fence == "---" ? FindClosingFence(text, lines) : -1;
        if (close < 0)
        {
            return new(FrontMatterEditStatus.NoFrontMatter, text, 0, "the file does not start with front matter between '---' lines");
        }

        if (YamlBlockScalar.FindUnsafeCharacter(value) is { } bad)
        {
            return Refuse(text, 0, $"the new value contains {bad}, which a YAML block scalar cannot hold unchanged");
        }

        var keyLines = YamlKeyLines.Find(text, lines, close, key);

        if (keyLines.Count > 1)
        {
            return Refuse(text, keyLines[1] + 1, $"'{key}' appears {keyLines.Count} times in the front matter; remove the duplicates first");
        }

        var parsedValue = parsed?[key];
        if (keyLines.Count == 0)
        {
            if (parsedValue is not null)
            {
                return Refuse(text, parsedValue.Line, $"'{key}' is not written as a plain top-level key; edit it by hand");
            }

            return options.AddMissing
                ? Append(text, lines, close, key, value)
                : new(FrontMatterEditStatus.KeyMissing, text, 0, $"the front matter has no '{key}' key (--add-missing adds it)");
        }

        return Replace(text, lines, close, keyLines[0], key, value, options, parsedValue);
    }

    private static FrontMatterEditResult Append(string text, List<TextLine> lines, int close, string key, string value)
    {
        var before = lines[close - 1];
        var eol = before.Ending.Length > 0 ? before.Ending : "\n";
        var block = YamlBlockScalar.Build(key + ":", value, eol, eol, comment: null);
        var at = lines[close].Start;
        return new(FrontMatterEditStatus.Edited, string.Concat(text.AsSpan(0, at), block, text.AsSpan(at)), close + 1);
    }

    private static FrontMatterEditResult Replace(string text, List<TextLine> lines, int close, int k, string key, string value, FrontMatterEditOptions options, FrontMatterValue? parsedValue)
    {
        var line = lines[k].Content(text);
        YamlValueShape.TryMatchKey(line, key, out var colonEnd);
        var shape = YamlValueShape.Classify(line[colonEnd..]);
        var last = k;
        if (shape.Kind == YamlValueKind.OpenQuote)
        {
            last = FindQuoteEnd(text, lines, close, k, colonEnd, shape.Quote);
            if (last < 0)
            {
                return Refuse(text, k + 1, $"the quoted '{key}' value does not close inside the front matter");
            }
        }
        else
        {
            last = LastContinuationLine(text, lines, close, k);
        }

        var isEmpty = shape.Kind is YamlValueKind.Empty or YamlValueKind.BlockHeader && last == k;
        if (parsedValue is not null && !AgreesWith(parsedValue, isEmpty, k, last))
        {
            return Refuse(text, k + 1, $"the layout of '{key}' is not one fill-bibtex edits safely; edit it by hand");
        }

        var existing = text[lines[k].Start..(lines[last].Start + lines[last].Length)];
        var next = FirstNonBlankAfter(text, lines, close, last);
        if (next > 0 && lines[next].Length > 0 && text[lines[next].Start] is ' ' or '\t')
        {
            return Refuse(text, next + 1, $"an indented line follows '{key}' and would become part of the new value; edit it by hand");
        }

        if (YamlBlockScalar.NeedsKeep(value) && last + 1 < close && IsBlank(text, lines[last + 1]))
        {
            return Refuse(text, last + 2, "the value ends with blank lines and a blank line follows the key; edit it by hand");
        }

        var comment = shape.Kind is YamlValueKind.Empty or YamlValueKind.BlockHeader ? shape.Comment : null;
        var block = YamlBlockScalar.Build(line[..colonEnd], value, lines[k].Ending, lines[last].Ending, comment);
        if (!isEmpty)
        {
            var same = parsedValue is not null
                ? parsedValue.AsString() == value
                : string.Equals(block, text[lines[k].Start..lines[last].End], StringComparison.Ordinal);
            if (same)
            {
                return new(FrontMatterEditStatus.Unchanged, text, k + 1) { ExistingText = existing };
            }

            if (!options.Replace)
            {
                return new(FrontMatterEditStatus.AlreadySet, text, k + 1, $"'{key}' already has a value (--force replaces it)") { ExistingText = existing };
            }
        }

        var newText = string.Concat(text.AsSpan(0, lines[k].Start), block, text.AsSpan(lines[last].End));
        return new(FrontMatterEditStatus.Edited, newText, k + 1) { ExistingText = isEmpty ? null : existing };
    }

    // Jekyll ends front matter at the first later line that is '---' or '...' (trailing blanks allowed).
    private static int FindClosingFence(string text, List<TextLine> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            var t = lines[i].Content(text).TrimEnd(' ', '\t');
            if (t is "---" or "...")
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindQuoteEnd(string text, List<TextLine> lines, int close, int k, int colonEnd, char quote)
    {
        var scanner = new QuoteScanner(quote);
        var first = lines[k].Content(text);
        var open = first.IndexOf(quote, colonEnd);
        scanner.Feed(first, open + 1);
        for (var i = k + 1; i < close; i++)
        {
            if (scanner.Feed(lines[i].Content(text), 0) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    // Indented or blank lines continue a top-level value; trailing blank lines and indented comments stay outside it.
    private static int LastContinuationLine(string text, List<TextLine> lines, int close, int k)
    {
        var j = k + 1;
        while (j < close && (IsBlank(text, lines[j]) || text[lines[j].Start] is ' ' or '\t'))
        {
            j++;
        }

        while (j - 1 > k && (IsBlank(text, lines[j - 1]) || lines[j - 1].Content(text).TrimStart(' ', '\t').StartsWith('#')))
        {
            j--;
        }

        return j - 1;
    }

    private static int FirstNonBlankAfter(string text, List<TextLine> lines, int close, int last)
    {
        for (var i = last + 1; i < close; i++)
        {
            if (!IsBlank(text, lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBlank(string text, TextLine line) => text.AsSpan(line.Start, line.Length).Trim(" \t").IsEmpty;

    private static bool AgreesWith(FrontMatterValue parsed, bool isEmpty, int k, int last)
    {
        var parsedEmpty = parsed is FrontMatterScalar s && (s.IsNull || s.Value.Length == 0);
        if (parsedEmpty != isEmpty)
        {
            return false;
        }

        // An empty value's position may be reported on the following line; a non-empty one starts inside the region.
        return parsed.Line == 0 || (parsed.Line >= k + 1 && parsed.Line <= last + 2);
    }

    private static FrontMatterEditResult Refuse(string text, int line, string message) =>
        new(FrontMatterEditStatus.Unsupported, text, line, message);
}
