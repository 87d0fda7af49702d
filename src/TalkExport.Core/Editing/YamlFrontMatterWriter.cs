using System.Globalization;
using System.Text;
using TalkExport.Core.Model;

namespace TalkExport.Core.Editing;

/// <summary>
/// Writes a new record's YAML front matter that libyaml (Jekyll's Psych, PyYAML) and Hugo read back
/// exactly: every text in double quotes with YAML's escapes, so no value can turn into a number, a
/// date, a boolean, a comment or a new key; dates as YAML timestamps; the entry's BibTeX as a literal
/// block. Keys are written in the order added, one per line, LF line ends.
/// </summary>
internal sealed class YamlFrontMatterWriter
{
    private readonly StringBuilder _text = new("---\n");

    /// <summary>A text value; nothing for null or empty.</summary>
    public YamlFrontMatterWriter Text(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _text.Append(key).Append(": ");
            AppendQuoted(_text, value);
            _text.Append('\n');
        }

        return this;
    }

    /// <summary>A value written as it is (a key's fixed value: <c>collection: talks</c>, <c>all_day: true</c>).</summary>
    public YamlFrontMatterWriter Plain(string key, string value)
    {
        _text.Append(key).Append(": ").Append(value).Append('\n');
        return this;
    }

    /// <summary>
    /// A date: a YAML timestamp (<c>2020-03-01</c>) for a day, which both generators read as a date;
    /// a month or a year alone as quoted text (<c>"2020-03"</c>), which no generator takes for a
    /// different day.
    /// </summary>
    public YamlFrontMatterWriter Date(string key, TalkDate? date)
    {
        if (date is { } d)
        {
            if (d.Precision == DatePrecision.Day)
            {
                _text.Append(key).Append(": ").Append(d.ToString()).Append('\n');
            }
            else
            {
                Text(key, d.ToString());
            }
        }

        return this;
    }

    /// <summary>A list of texts, one item per line; nothing for an empty list.</summary>
    public YamlFrontMatterWriter List(string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return this;
        }

        _text.Append(key).Append(":\n");
        foreach (var value in values)
        {
            _text.Append("  - ");
            AppendQuoted(_text, value);
            _text.Append('\n');
        }

        return this;
    }

    /// <summary>A map of texts (Hugo's <c>address</c>), keys in the order given; nothing when every value is empty.</summary>
    public YamlFrontMatterWriter Map(string key, IReadOnlyList<KeyValuePair<string, string?>> values)
    {
        if (values.All(v => string.IsNullOrEmpty(v.Value)))
        {
            return this;
        }

        _text.Append(key).Append(":\n");
        foreach (var (name, value) in values)
        {
            if (!string.IsNullOrEmpty(value))
            {
                _text.Append("  ").Append(name).Append(": ");
                AppendQuoted(_text, value);
                _text.Append('\n');
            }
        }

        return this;
    }

    /// <summary>
    /// A multi-line text as a literal block (the record's <c>bibtex:</c>, as fill-bibtex writes it);
    /// quoted instead when it holds a character a block cannot.
    /// </summary>
    public YamlFrontMatterWriter Block(string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        var text = value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
        if (YamlBlockScalar.FindUnsafeCharacter(text) is not null || text.Split('\n').Any(l => l.Length > 0 && l.TrimEnd().Length == 0))
        {
            return Text(key, text);
        }

        _text.Append(YamlBlockScalar.Build(key + ":", text, "\n", "\n", null));
        return this;
    }

    /// <summary>The front matter, closed, and <paramref name="body"/> after it (ending with one line feed).</summary>
    public string Close(string? body)
    {
        _text.Append("---\n");
        if (!string.IsNullOrEmpty(body))
        {
            _text.Append('\n').Append(body.TrimEnd('\n')).Append('\n');
        }

        return _text.ToString();
    }

    /// <summary>
    /// <paramref name="value"/> as a YAML double-quoted scalar: <c>\</c> and <c>"</c> escaped, every
    /// character YAML does not allow as it is (controls, DEL, C1, the line and paragraph separators,
    /// a byte-order mark, non-characters) as <c>\uXXXX</c>; a lone surrogate, which no UTF-8 file can
    /// hold, as U+FFFD.
    /// </summary>
    public static void AppendQuoted(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (c == '"' || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\t')
            {
                sb.Append("\\t");
            }
            else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('"');
    }
}
