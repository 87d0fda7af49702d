using System.Globalization;
using System.Text;

namespace TalkExport.Core.Editing;

/// <summary>
/// Writes a value as a YAML literal block scalar that libyaml (PyYAML, Jekyll's Psych) and
/// YamlDotNet read back byte-for-byte: content indented two spaces, the chomping indicator
/// chosen from the value's trailing line breaks, an indentation indicator when the first line
/// starts with a space (auto-detection would take that space as indentation).
/// </summary>
internal static class YamlBlockScalar
{
    /// <summary>The content indentation, in spaces.</summary>
    public const int Indent = 2;

    /// <summary>The first character a block scalar cannot hold unchanged, or null. YAML folds CR, NEL, LS and PS into line feeds and forbids most control characters.</summary>
    public static string? FindUnsafeCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            var ok = c == '\t' || c == '\n' || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != '\u2028' && c != '\u2029')
                || (c >= 0xE000 && c <= 0xFFFD && c != '\uFEFF');
            if (!ok)
            {
                return "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>True when the block keeps trailing empty lines as part of the value (<c>|+</c>), so blank lines after it would join the value.</summary>
    public static bool NeedsKeep(string value) => value.EndsWith("\n\n", StringComparison.Ordinal);

    /// <summary>The key line (<paramref name="keyPrefix"/> up to and including the colon, the header, an optional comment) and the content lines, each ended by <paramref name="eol"/> except the last, which ends with <paramref name="lastEol"/>.</summary>
    public static string Build(string keyPrefix, string value, string eol, string lastEol, string? comment)
    {
        var lines = value.Split('\n');
        string chomp;
        if (value.Length == 0)
        {
            chomp = "-";
            lines = [];
        }
        else if (!value.EndsWith('\n'))
        {
            chomp = "-";
        }
        else
        {
            chomp = NeedsKeep(value) ? "+" : "";
            lines = lines[..^1];
        }

        var firstContent = Array.Find(lines, l => l.Length > 0);
        var indicator = firstContent is not null && firstContent[0] == ' ' ? Indent.ToString(CultureInfo.InvariantCulture) : "";
        var sb = new StringBuilder(value.Length + (lines.Length * (Indent + eol.Length)) + keyPrefix.Length + 16);
        sb.Append(keyPrefix).Append(" |").Append(indicator).Append(chomp);
        if (comment is not null)
        {
            sb.Append(' ').Append(comment);
        }

        sb.Append(lines.Length == 0 ? lastEol : eol);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                sb.Append(' ', Indent).Append(lines[i]);
            }

            sb.Append(i == lines.Length - 1 ? lastEol : eol);
        }

        return sb.ToString();
    }
}
