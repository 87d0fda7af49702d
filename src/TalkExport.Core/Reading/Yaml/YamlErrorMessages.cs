using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>Turns YamlDotNet's messages into one line in plain words with a hint for the usual hand-editing mistakes.</summary>
internal static partial class YamlErrorMessages
{
    /// <summary>
    /// When a multi-line quoted value ends on a line that reads like <c>key: "</c>, its own closing
    /// quote is missing and the next key's opening quote closed it: the parser then fails a few lines
    /// later, far from the real mistake. Names both lines instead; null when that is not the case.
    /// </summary>
    public static string? UnclosedQuote(Scalar? last, string yaml, YamlPositionMap positions)
    {
        if (last is null || last.Style is not (ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted) || last.End.Line <= last.Start.Line)
        {
            return null;
        }

        var closing = (int)last.End.Index - 1;
        if (closing <= 0 || closing >= yaml.Length)
        {
            return null;
        }

        var lineStart = YamlCharacters.LineStart(yaml, closing);
        var key = KeyOpeningQuote().Match(yaml, lineStart, closing - lineStart);
        if (!key.Success)
        {
            return null;
        }

        var closedAt = positions.Line(last.End).ToString(CultureInfo.InvariantCulture);
        return $"the quoted value opened here is never closed: the quote that opens '{key.Groups[1].Value}' on line {closedAt} closes it instead; add the missing closing quote before line {closedAt}";
    }

    [GeneratedRegex(@"\G\s*(?:-\s+)?([^\s:#'""][^:#]*?)\s*:\s*\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyOpeningQuote();

    /// <summary>The message for <paramref name="exception"/>, raised while reading <paramref name="yaml"/>.</summary>
    public static string Describe(YamlException exception, string yaml)
    {
        var message = exception.Message;
        var at = (int)Math.Clamp(exception.Start.Index, 0, Math.Max(yaml.Length - 1, 0));
        var c = yaml.Length > 0 ? yaml[at] : '\0';
        if (Has(message, "found invalid mapping") || Has(message, "mapping values are not allowed"))
        {
            return "a ': ' inside an unquoted value starts a new key; quote the value (\"…\")";
        }

        if (Has(message, "did not find expected key") || Has(message, "did not find expected <document end>"))
        {
            return "unexpected text after a value; a '\"' inside a \"…\" value must be written \\\" (or quote the value with '…'), and keys must line up";
        }

        if (Has(message, "end of stream") || Has(message, "unexpected end"))
        {
            return "the front matter ends inside a value; a quote or bracket is never closed";
        }

        if (c == '\t' || Has(message, "tab"))
        {
            return "a tab cannot indent YAML; use spaces";
        }

        if (Has(message, "cannot start any token") || Has(message, "found character that cannot"))
        {
            return $"a value cannot start with '{c}'; quote the value (\"…\")";
        }

        if (Has(message, "expected '-'") || Has(message, "did not find expected") || Has(message, "indentation"))
        {
            return "this line is not indented like the lines around it; check its indentation and quotes";
        }

        if (Has(message, "duplicate"))
        {
            return "a key appears twice; remove one";
        }

        return "the front matter is not valid YAML (" + message.TrimEnd('.') + "); check the quotes and indentation here";
    }

    private static bool Has(string message, string part) => message.Contains(part, StringComparison.OrdinalIgnoreCase);
}
