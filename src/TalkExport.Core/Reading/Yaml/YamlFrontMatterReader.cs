using System.Globalization;
using TalkExport.Core.Model;
using YamlDotNet.Core;

namespace TalkExport.Core.Reading.Yaml;

/// <summary>Reads YAML front matter as libyaml does (see <see cref="LibYamlCompatibility"/>), into a value tree.</summary>
internal static class YamlFrontMatterReader
{
    /// <summary>
    /// The mapping of the YAML in <c>text[start..end]</c>, whose first line is line
    /// <paramref name="lineOffset"/> + 1 of the file; or null with an error in <paramref name="diagnostics"/>.
    /// The fast path reads it in place; only the full path gets a copy.
    /// </summary>
    public static FrontMatterMapping? Read(ReadOnlyMemory<char> text, int start, int end, int lineOffset, string path, ReaderLimits limits, ICollection<Diagnostic> diagnostics)
    {
        if (YamlCharacters.NotPrintable(text.Span[start..end], lineOffset) is { } bad)
        {
            diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.ControlCharacters, path, bad.Line, bad.Column, bad.Message));
            return null;
        }

        return SimpleYamlReader.TryRead(text, start, end, lineOffset, limits) ?? ReadWithYamlDotNet(text.Span[start..end].ToString(), lineOffset, path, limits, diagnostics);
    }

    /// <summary>The full path: every YAML shape, with its diagnostics (<see cref="Read(ReadOnlyMemory{char}, int, int, int, string, ReaderLimits, ICollection{Diagnostic})"/> tries <see cref="SimpleYamlReader"/> first).</summary>
    public static FrontMatterMapping? ReadWithYamlDotNet(string yaml, int lineOffset, string path, ReaderLimits limits, ICollection<Diagnostic> diagnostics)
    {
        var positions = new YamlPositionMap(lineOffset, yaml);
        var deep = new List<YamlFlowGuard.DroppedEntry>();
        if (!YamlFlowGuard.TryRemoveDeepEntries(yaml, Math.Max(limits.MaxDepth, 1), deep, out var text))
        {
            diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.TooDeep, path, lineOffset + 1, 1, $"the front matter nests deeper than {limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels"));
            return null;
        }

        foreach (var entry in deep)
        {
            diagnostics.Add(Diagnostic.Warning(ReaderDiagnosticCodes.TooDeep, path, positions.LineFeedLine(entry.Line), 1, $"the value of '{entry.Key}' nests deeper than {limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels; the key is left out and the rest of the record is read"));
        }

        text = LibYamlCompatibility.IndentTopLevelFlowValues(LibYamlCompatibility.IndentTopLevelDoubleQuotedValues(text, positions), positions);
        var lastRepair = -1L;
        var blankLinesCleared = false;
        while (true)
        {
            // Diagnostics of an attempt that ends in a repair are discarded: the next attempt says them again.
            var found = new List<Diagnostic>();
            var builder = new YamlTreeBuilder(positions, path, limits, found);
            try
            {
                var result = builder.Build(new Parser(new StringReader(text)));
                AddAll(diagnostics, found);
                return result;
            }
            catch (YamlException e) when (LibYamlCompatibility.IsContinuationIndentationError(e.Message) && e.Start.Index > lastRepair)
            {
                lastRepair = e.Start.Index;
                if (!LibYamlCompatibility.TryIndentContinuationLines(text, (int)e.Start.Index, (int)e.Start.Line, positions, out text))
                {
                    AddAll(diagnostics, found);
                    diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.InvalidYaml, path, positions.Line(e.Start), positions.Column(e.Start), "this quoted value is never closed; add the closing quote (or write a quote inside it as \\\")"));
                    return null;
                }
            }
            catch (YamlException e) when (!blankLinesCleared && EmptyBlockScalars.IsExtraSpacesError(e.Message) && EmptyBlockScalars.TryClear(text, out var cleared))
            {
                blankLinesCleared = true;
                text = cleared;
            }
            catch (YamlException e)
            {
                AddAll(diagnostics, found);
                if (YamlErrorMessages.UnclosedQuote(builder.LastScalar, text, positions) is { } unclosed)
                {
                    diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.InvalidYaml, path, positions.Line(builder.LastScalar!.Start), positions.Column(builder.LastScalar.Start), unclosed));
                    return null;
                }

                var (line, column) = ErrorPosition(e, text);
                diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.InvalidYaml, path, positions.Line(line), positions.Column(line, column), YamlErrorMessages.Describe(e, text)));
                return null;
            }
        }
    }

    // YamlDotNet marks a tab error at the start of the enclosing node; libyaml (and the user) want the tab's own line.
    private static (int Line, int Column) ErrorPosition(YamlException e, string text)
    {
        var line = (int)e.Start.Line;
        var column = (int)e.Start.Column;
        if (!e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return (line, column);
        }

        var lineStart = (int)Math.Clamp(e.Start.Index - (e.Start.Column - 1), 0, text.Length);
        while (lineStart < text.Length)
        {
            var i = lineStart;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i < text.Length && text[i] == '\t')
            {
                return (line, i - lineStart + 1);
            }

            var next = YamlCharacters.NextLineStart(text, lineStart);
            if (next < 0)
            {
                break;
            }

            lineStart = next;
            line++;
        }

        return ((int)e.Start.Line, column);
    }

    private static void AddAll(ICollection<Diagnostic> target, List<Diagnostic> found)
    {
        foreach (var d in found)
        {
            target.Add(d);
        }
    }
}
