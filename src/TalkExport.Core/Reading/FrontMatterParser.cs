using System.Globalization;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Toml;
using TalkExport.Core.Reading.Yaml;

namespace TalkExport.Core.Reading;

/// <summary>Splits a record into front matter and body and parses the front matter (YAML as libyaml reads it, or TOML).</summary>
public static class FrontMatterParser
{
    /// <summary>True when <paramref name="text"/> starts (after an optional BOM) with a <c>---</c> or <c>+++</c> fence line.</summary>
    public static bool StartsWithFrontMatter(string text) => OpeningFence(text, out _, out _) is not null;

    /// <summary>The parsed document, or null with an error in <paramref name="diagnostics"/>; <paramref name="displayPath"/> is used in diagnostics.</summary>
    public static FrontMatterDocument? Parse(string text, string displayPath, ReaderLimits limits, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsMemory(), displayPath, limits, diagnostics);
    }

    /// <summary>
    /// As <see cref="Parse(string, string, ReaderLimits, ICollection{Diagnostic})"/> for text in a string or a
    /// buffer (the reader decodes records into pooled buffers); the document keeps no reference to it.
    /// </summary>
    internal static FrontMatterDocument? Parse(ReadOnlyMemory<char> text, string displayPath, ReaderLimits limits, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (OpeningFence(text.Span, out var fence, out var contentStart) is not { } format)
        {
            diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.NoFrontMatter, displayPath, 1, 1, "the file does not start with front matter; its first line must be '---' (YAML) or '+++' (TOML)"));
            return null;
        }

        if (!FindClosingFence(text.Span, contentStart, fence, limits.MaxFrontMatterChars, out var closeStart, out var bodyStart, out var bodyLine))
        {
            if (closeStart > contentStart + limits.MaxFrontMatterChars)
            {
                diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.FrontMatterTooLarge, displayPath, 1, 1, $"the front matter is longer than {limits.MaxFrontMatterChars.ToString(CultureInfo.InvariantCulture)} characters (or its closing '{fence}' line is missing)"));
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.UnterminatedFrontMatter, displayPath, 1, 1, $"the front matter opened here is never closed; add a line '{fence}' after its last key"));
            }

            return null;
        }

        // YAML rejects control characters outright (libyaml, Jekyll, Hugo: YamlFrontMatterReader says so);
        // TOML allows the C1 ones in strings, where they are nearly always mojibake, so it gets a warning.
        if (format == FrontMatterFormat.Toml)
        {
            WarnAboutControlCharacters(text.Span[contentStart..closeStart], displayPath, diagnostics);
        }

        var values = format == FrontMatterFormat.Yaml
            ? YamlFrontMatterReader.Read(text, contentStart, closeStart, 1, displayPath, limits, diagnostics)
            : TomlFrontMatterReader.Read(text.Span[contentStart..closeStart].ToString(), 1, displayPath, limits, diagnostics);
        if (values is null)
        {
            return null;
        }

        if (values.Entries.Count > limits.MaxKeys)
        {
            diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.TooManyKeys, displayPath, 1, 1, $"the front matter has {values.Entries.Count.ToString(CultureInfo.InvariantCulture)} keys, more than the limit of {limits.MaxKeys.ToString(CultureInfo.InvariantCulture)}; not read"));
            return null;
        }

        return new FrontMatterDocument
        {
            Format = format,
            Values = values,
            Body = bodyStart < text.Length ? text.Span[bodyStart..].ToString() : "",
            BodyLine = bodyLine,
        };
    }

    private static FrontMatterFormat? OpeningFence(ReadOnlySpan<char> text, out string fence, out int contentStart)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        fence = "";
        contentStart = 0;
        if (text.Length - start < 3)
        {
            return null;
        }

        fence = text.Slice(start, 3) switch
        {
            "---" => "---",
            "+++" => "+++",
            _ => "",
        };
        if (fence.Length == 0 || LineEnd(text, start + 3, out contentStart) is false)
        {
            return null;
        }

        return fence == "---" ? FrontMatterFormat.Yaml : FrontMatterFormat.Toml;
    }

    // Finds the closing fence line (YAML: '---' or '...', as Jekyll accepts; TOML: '+++'), with
    // trailing spaces allowed and no final newline needed. Line 1 is the opening fence.
    private static bool FindClosingFence(ReadOnlySpan<char> text, int contentStart, string fence, int maxChars, out int closeStart, out int bodyStart, out int bodyLine)
    {
        var lineStart = contentStart;
        var line = 2;
        while (lineStart < text.Length)
        {
            if (lineStart - contentStart > maxChars)
            {
                break;
            }

            if (text.Length - lineStart >= 3)
            {
                var candidate = text.Slice(lineStart, 3);
                var isFence = candidate.SequenceEqual(fence) || (fence == "---" && candidate.SequenceEqual("..."));
                if (isFence && LineEnd(text, lineStart + 3, out var next))
                {
                    closeStart = lineStart;
                    bodyStart = next;
                    bodyLine = line + 1;
                    return true;
                }
            }

            var newline = text[lineStart..].IndexOf('\n');
            if (newline < 0)
            {
                break;
            }

            lineStart += newline + 1;
            line++;
        }

        closeStart = lineStart;
        bodyStart = text.Length;
        bodyLine = line;
        return false;
    }

    // True when only spaces/tabs follow up to the end of the line; nextLine is where the next line starts.
    private static bool LineEnd(ReadOnlySpan<char> text, int index, out int nextLine)
    {
        var i = index;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
        {
            i++;
        }

        if (i == text.Length)
        {
            nextLine = i;
            return true;
        }

        nextLine = i + 1;
        return text[i] == '\n';
    }

    private static void WarnAboutControlCharacters(ReadOnlySpan<char> frontMatter, string path, ICollection<Diagnostic> diagnostics)
    {
        var index = frontMatter.IndexOfAnyInRange('\u0080', '\u009F');
        if (index < 0)
        {
            return;
        }

        var before = frontMatter[..index];
        var line = before.Count('\n') + 2;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        var code = ((int)frontMatter[index]).ToString("X4", CultureInfo.InvariantCulture);
        diagnostics.Add(Diagnostic.Warning(ReaderDiagnosticCodes.ControlCharacters, path, line, column, $"the front matter contains control character U+{code} (usually text decoded twice, mojibake); it is read but left out of every output"));
    }
}
