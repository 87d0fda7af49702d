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
    // Tabs and CR need YAML's finer rules; the rest are characters libyaml refuses or treats as line breaks.
    private static readonly SearchValues<char> Unsupported = SearchValues.Create(UnsupportedCharacters());

    /// <summary>The mapping of <paramref name="yaml"/> (first line = file line <paramref name="lineOffset"/> + 1), or null when the full path must read it.</summary>
    public static FrontMatterMapping? TryRead(string yaml, int lineOffset, ReaderLimits limits)
    {
        if (yaml.Length == 0 || yaml.Length > limits.MaxValueChars || yaml.AsSpan().ContainsAny(Unsupported))
        {
            return null;
        }

        var cursor = new SimpleYamlCursor(yaml, lineOffset);
        var entries = new List<KeyValuePair<string, FrontMatterValue>>();
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

    private static string UnsupportedCharacters()
    {
        var chars = new List<char>();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c != '\n')
            {
                chars.Add(c);
            }
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            chars.Add(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Add(c);
        }

        chars.AddRange(['\u2028', '\u2029', '\uFEFF', '\uFFFE', '\uFFFF']);
        return new string([.. chars]);
    }
}
