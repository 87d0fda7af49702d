using System.Buffers;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>
/// A fast path for the front matter nearly every talk record has: top-level <c>key: value</c>
/// lines whose values are plain one-line scalars, quoted scalars (multi-line too, folded as
/// libyaml folds them) or block lists of such scalars. It builds the same tree, positions included,
/// as the YamlDotNet path, and gives up (returns null) on anything else — nesting, flow
/// collections, anchors, tags, block scalars, comments inside values, escapes other than the
/// common ones, tabs, carriage returns, characters libyaml refuses — so the full path reads those.
/// </summary>
/// <remarks>
/// Why: on seed-shaped sites (long double-quoted HTML abstracts) YamlDotNet's scanner and the
/// compatibility repair it needs were most of the reading time. Equality with the full path is
/// checked by tests on the whole corpus, the samples, and thousands of generated records, and
/// with libyaml itself through PyYAML.
/// </remarks>
internal static class SimpleYamlReader
{
    /// <summary>The mapping of <paramref name="yaml"/> (first line = file line <paramref name="lineOffset"/> + 1), or null when the full path must read it.</summary>
    public static FrontMatterMapping? TryRead(string yaml, int lineOffset, ReaderLimits limits) => TryRead(yaml, 0, yaml.Length, lineOffset, limits);

    /// <summary>As <see cref="TryRead(string, int, ReaderLimits)"/> for the YAML in <c>text[start..end]</c> (no copy of it is made).</summary>
    public static FrontMatterMapping? TryRead(string text, int start, int end, int lineOffset, ReaderLimits limits) =>
        TryRead(text.AsMemory(), start, end, lineOffset, limits);

    /// <summary>As <see cref="TryRead(string, int, int, int, ReaderLimits)"/> for text in a string or a (pooled) buffer.</summary>
    public static FrontMatterMapping? TryRead(ReadOnlyMemory<char> text, int start, int end, int lineOffset, ReaderLimits limits)
    {
        if (end <= start || end - start > limits.MaxValueChars || HasUnsupportedCharacter(text.Span[start..end]))
        {
            return null;
        }

        var cursor = new SimpleYamlCursor(text, start, end, lineOffset);
        var entries = new List<KeyValuePair<string, FrontMatterValue>>(24); // a talk record has one or two dozen keys
        int mappingLine = 0, mappingColumn = 0;
        while (cursor.SkipBlankLines())
        {
            if (cursor.TryReadKey(out var key, out var keyLine) is false)
            {
                return null;
            }

            if (entries.Count == 0)
            {
                (mappingLine, mappingColumn) = (keyLine, 1);
            }

            if (cursor.ReadValue() is not { } value)
            {
                return null;
            }

            entries.Add(new(key, value));
        }

        return entries.Count == 0 ? null : new FrontMatterMapping(entries) { Line = mappingLine, Column = mappingColumn };
    }

    // Tabs and CR need YAML's finer rules; the rest are characters libyaml refuses or treats as
    // line breaks. Range checks stay vectorized (a set with non-ASCII members would not).
    private static bool HasUnsupportedCharacter(ReadOnlySpan<char> text) =>
        text.IndexOfAnyExcept(PlainAscii) is var first and >= 0 && HasUnsupportedCharacterFrom(text[first..]);

    // Printable ASCII and '\n' are all supported: one vectorized pass skips them, usually to the end.
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create("\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private static bool HasUnsupportedCharacterFrom(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\0', '\t')
        || text.ContainsAnyInRange('\u000B', '\u001F')
        || text.ContainsAnyInRange('\u007F', '\u009F')
        || text.ContainsAnyInRange('\uD800', '\uDFFF')
        || text.ContainsAnyInRange('\u2028', '\u2029')
        || text.ContainsAny('\uFEFF', '\uFFFE', '\uFFFF');
}
