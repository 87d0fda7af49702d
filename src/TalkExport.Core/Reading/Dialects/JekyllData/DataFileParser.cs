using System.Globalization;
using TalkExport.Core.Model;
using TalkExport.Core.Reading.Yaml;

namespace TalkExport.Core.Reading.Dialects.JekyllData;

/// <summary>
/// Parses a Jekyll data file with the front matter's libyaml-compatible reader: YAML, and JSON as the
/// YAML flow text it is (Jekyll itself uses Psych, libyaml's binding, for YAML). A list at the top is
/// read as the value of a key the file does not show, so positions stay the file's own.
/// </summary>
internal static class DataFileParser
{
    // The key holding a top-level list: added only where the file has no keys of its own at the top.
    private const string Wrapper = "list";

    /// <summary>The file's top value, or null after an error; <paramref name="list"/> ("cv.talks") picks a value inside it.</summary>
    public static FrontMatterValue? Parse(string text, string list, string displayPath, ReaderLimits limits, ICollection<Diagnostic> diagnostics)
    {
        text = text.TrimStart('\uFEFF');
        if (text.Length > limits.MaxFrontMatterChars)
        {
            diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.FrontMatterTooLarge, displayPath, 1, 1, $"the data file is longer than {limits.MaxFrontMatterChars.ToString(CultureInfo.InvariantCulture)} characters; not read"));
            return null;
        }

        var (yaml, lineOffset) = FirstContent(text) switch
        {
            '-' => ("\"" + Wrapper + "\":\n" + text, -1),   // a block list: `key:` then the list at column 0 is valid YAML
            '[' => ("{\"" + Wrapper + "\": " + text + "\n}", 0), // a JSON array: inside a flow mapping, indentation is free
            _ => (text, 0),
        };
        if (YamlFrontMatterReader.Read(yaml.AsMemory(), 0, yaml.Length, lineOffset, displayPath, limits, diagnostics) is not { } mapping)
        {
            return null;
        }

        FrontMatterValue value = yaml.Length != text.Length ? mapping[Wrapper] ?? mapping : mapping;
        foreach (var key in list.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if ((value as FrontMatterMapping)?[key] is not { } inner)
            {
                diagnostics.Add(Diagnostic.Warning(DataDiagnosticCodes.NoTalkItems, displayPath, 1, 1, $"the site's templates loop over site.data…{list}, but this file has no '{key}' key"));
                return null;
            }

            value = inner;
        }

        return value;
    }

    // The first character that is not blank, a comment or a document start: what kind of value the file holds.
    private static char FirstContent(string text)
    {
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.TrimStart();
            if (line.IsEmpty || line[0] == '#' || line.SequenceEqual("---"))
            {
                continue;
            }

            return line[0];
        }

        return '\0';
    }
}
