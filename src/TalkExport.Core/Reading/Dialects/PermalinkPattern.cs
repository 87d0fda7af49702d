using System.Text;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>Expands <c>:name</c> placeholders in a permalink pattern (Jekyll and Hugo share the syntax).</summary>
internal static class PermalinkPattern
{
    /// <summary>
    /// Replaces each <c>:name</c> (letters, digits, '_') with <paramref name="value"/>(name); a name
    /// it does not know (null) is kept as written, as the site generators do.
    /// </summary>
    public static string Expand(string pattern, Func<string, string?> value)
    {
        var sb = new StringBuilder(pattern.Length + 32);
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] != ':')
            {
                sb.Append(pattern[i++]);
                continue;
            }

            var start = ++i;
            while (i < pattern.Length && (char.IsAsciiLetterOrDigit(pattern[i]) || pattern[i] == '_'))
            {
                i++;
            }

            var name = pattern[start..i];
            sb.Append(value(name) ?? ":" + name);
        }

        return sb.ToString();
    }
}
