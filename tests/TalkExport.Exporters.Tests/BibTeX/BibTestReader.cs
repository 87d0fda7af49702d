using System.Text;

namespace TalkExport.Exporters.Tests.BibTeX;

/// <summary>
/// A strict little .bib reader for property tests: it counts braces the way bibtex and biber do
/// (a backslash does not escape a brace) and fails on anything outside <c>@type{key, name = {…} | macro, …}</c>.
/// </summary>
internal static class BibTestReader
{
    public sealed record Entry(string Type, string Key, IReadOnlyList<KeyValuePair<string, string>> Fields)
    {
        public string? this[string name] => Fields.FirstOrDefault(f => f.Key == name).Value;
    }

    public static IReadOnlyList<Entry> Read(string text)
    {
        var entries = new List<Entry>();
        var i = 0;
        while (true)
        {
            SkipSpace(text, ref i);
            if (i >= text.Length)
            {
                return entries;
            }

            Expect(text, ref i, '@');
            var type = Name(text, ref i);
            Expect(text, ref i, '{');
            var key = Until(text, ref i, ',');
            var fields = new List<KeyValuePair<string, string>>();
            while (true)
            {
                SkipSpace(text, ref i);
                if (Peek(text, i) == '}')
                {
                    i++;
                    break;
                }

                var name = Name(text, ref i);
                SkipSpace(text, ref i);
                Expect(text, ref i, '=');
                SkipSpace(text, ref i);
                var value = Peek(text, i) == '{' ? Braced(text, ref i) : Name(text, ref i);
                fields.Add(new(name, value));
                SkipSpace(text, ref i);
                if (Peek(text, i) == ',')
                {
                    i++;
                }
                else if (Peek(text, i) != '}')
                {
                    throw new FormatException($"',' or '}}' expected at {i}: {Around(text, i)}");
                }
            }

            entries.Add(new Entry(type, key, fields));
        }
    }

    /// <summary>True when every brace closes, counting <c>\{</c> and <c>\}</c> too, and depth never goes below zero.</summary>
    public static bool BracesBalance(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    private static string Braced(string text, ref int i)
    {
        var start = ++i;
        var depth = 1;
        for (; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0)
            {
                return text[start..i++];
            }
        }

        throw new FormatException("Unclosed value starting at " + start);
    }

    private static string Name(string text, ref int i)
    {
        var builder = new StringBuilder();
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
        {
            builder.Append(text[i++]);
        }

        return builder.Length > 0 ? builder.ToString() : throw new FormatException($"A name expected at {i}: {Around(text, i)}");
    }

    private static string Until(string text, ref int i, char end)
    {
        var stop = text.IndexOf(end, i);
        if (stop < 0)
        {
            throw new FormatException($"'{end}' expected after {i}");
        }

        var result = text[i..stop];
        i = stop + 1;
        return result;
    }

    private static void Expect(string text, ref int i, char c)
    {
        if (Peek(text, i) != c)
        {
            throw new FormatException($"'{c}' expected at {i}: {Around(text, i)}");
        }

        i++;
    }

    private static char Peek(string text, int i) => i < text.Length ? text[i] : '\0';

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }

    private static string Around(string text, int i) => text[Math.Max(0, i - 20)..Math.Min(text.Length, i + 20)];
}
