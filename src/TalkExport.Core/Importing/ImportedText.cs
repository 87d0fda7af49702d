using System.Text;
using TalkExport.Core.Reading.Text;

namespace TalkExport.Core.Importing;

/// <summary>Multi-line text as the model keeps an abstract: lines cleaned, line breaks kept, blank-line runs one paragraph break.</summary>
public static class ImportedText
{
    /// <summary>The text with each line's whitespace collapsed and "\n\n" between paragraphs; null when blank.</summary>
    public static string? Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var sb = new StringBuilder(text.Length);
        var blank = false;
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            if (TextCleaner.SingleLine(line) is not { } clean)
            {
                blank = sb.Length > 0;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blank ? "\n\n" : "\n");
            }

            sb.Append(clean);
            blank = false;
        }

        return sb.Length == 0 ? null : sb.ToString();
    }
}
