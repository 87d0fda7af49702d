using System.Globalization;
using TalkExport.Core.Model;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace TalkExport.Core.Reading.Toml;

/// <summary>
/// Reads TOML front matter (older Hugo sites) through Tomlyn's syntax tree into the same value
/// tree as YAML: strings unquoted, numbers, booleans and dates kept as their TOML text.
/// </summary>
internal static class TomlFrontMatterReader
{
    /// <summary>The mapping of <paramref name="toml"/>, whose first line is line <paramref name="lineOffset"/> + 1 of the file; or null with an error.</summary>
    public static FrontMatterMapping? Read(string toml, int lineOffset, string path, ReaderLimits limits, ICollection<Diagnostic> diagnostics)
    {
        if (TomlNesting.MaxDepth(toml) > limits.MaxDepth)
        {
            diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.TooDeep, path, lineOffset + 1, 1, $"the front matter nests deeper than {limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels"));
            return null;
        }

        var document = SyntaxParser.Parse(toml, path, validate: true);
        foreach (var message in document.Diagnostics)
        {
            if (message.Kind == DiagnosticMessageKind.Error)
            {
                var (line, column) = Position(message.Span.Start, lineOffset);
                diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.InvalidToml, path, line, column, "the front matter is not valid TOML (" + message.Message.TrimEnd('.') + ")"));
                return null;
            }
        }

        var context = new Context(path, lineOffset, limits, diagnostics);
        var root = new TomlTableBuilder(lineOffset + 1, 1);
        foreach (var keyValue in document.KeyValues)
        {
            context.Set(root, keyValue);
        }

        foreach (var table in document.Tables)
        {
            if (context.Open(root, table) is { } current)
            {
                foreach (var keyValue in table.Items)
                {
                    context.Set(current, keyValue);
                }
            }
        }

        return root.ToMapping();
    }

    internal static (int Line, int Column) Position(TextPosition position, int lineOffset) =>
        (position.Line + 1 + lineOffset, position.Column + 1);

    private sealed class Context(string path, int lineOffset, ReaderLimits limits, ICollection<Diagnostic> diagnostics)
    {
        public void Set(TomlTableBuilder table, KeyValueSyntax keyValue)
        {
            if (keyValue.Key is not { } key || keyValue.Value is not { } value)
            {
                return;
            }

            var parts = KeyParts(key);
            var (line, column) = Position(key.Span.Start, lineOffset);
            if (parts.Count > limits.MaxDepth)
            {
                Warn(ReaderDiagnosticCodes.TooDeep, line, column, parts[0], $"nests deeper than {limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels");
                return;
            }

            var target = table;
            for (var i = 0; i < parts.Count - 1 && target is not null; i++)
            {
                target = target.Table(parts[i], line, column);
            }

            var converted = Convert(value);
            if (converted is FrontMatterScalar scalar && scalar.Value.Length > limits.MaxValueChars)
            {
                Warn(ReaderDiagnosticCodes.ValueTooLong, line, column, parts[^1], $"is longer than {limits.MaxValueChars.ToString(CultureInfo.InvariantCulture)} characters");
                return;
            }

            target?.Set(parts[^1], converted);
        }

        public TomlTableBuilder? Open(TomlTableBuilder root, TableSyntaxBase table)
        {
            if (table.Name is not { } name)
            {
                return null;
            }

            var parts = KeyParts(name);
            var (line, column) = Position(name.Span.Start, lineOffset);
            if (parts.Count > limits.MaxDepth)
            {
                Warn(ReaderDiagnosticCodes.TooDeep, line, column, parts[0], $"nests deeper than {limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels");
                return null;
            }

            var target = root;
            for (var i = 0; i < parts.Count - 1 && target is not null; i++)
            {
                target = target.Table(parts[i], line, column);
            }

            return table is TableArraySyntax
                ? target?.AppendToArray(parts[^1], line, column)
                : target?.Table(parts[^1], line, column);
        }

        private FrontMatterValue Convert(ValueSyntax value)
        {
            var (line, column) = Position(value.Span.Start, lineOffset);
            switch (value)
            {
                case StringValueSyntax s:
                    return new FrontMatterScalar(s.Value ?? "") { IsQuoted = true, Line = line, Column = column };
                case ArraySyntax array:
                    var items = new List<FrontMatterValue>();
                    foreach (var item in array.Items)
                    {
                        if (item.Value is { } v)
                        {
                            items.Add(Convert(v));
                        }
                    }

                    return new FrontMatterSequence(items) { Line = line, Column = column };
                case InlineTableSyntax inline:
                    var table = new TomlTableBuilder(line, column);
                    foreach (var item in inline.Items)
                    {
                        if (item.KeyValue is { } kv)
                        {
                            Set(table, kv);
                        }
                    }

                    return table.ToMapping();
                default:
                    // Integers, floats, booleans and dates: their TOML text, as YAML keeps plain scalars.
                    var text = value switch
                    {
                        IntegerValueSyntax i => i.Token?.Text,
                        FloatValueSyntax f => f.Token?.Text,
                        BooleanValueSyntax b => b.Token?.Text,
                        DateTimeValueSyntax d => d.Token?.Text,
                        _ => null,
                    };
                    return new FrontMatterScalar(text ?? value.ToString()?.Trim() ?? "") { Line = line, Column = column };
            }
        }

        private static List<string> KeyParts(KeySyntax key)
        {
            var parts = new List<string> { KeyText(key.Key) };
            foreach (var dotted in key.DotKeys)
            {
                parts.Add(KeyText(dotted.Key));
            }

            return parts;
        }

        private static string KeyText(BareKeyOrStringValueSyntax? key) => key switch
        {
            BareKeySyntax bare => bare.Key?.Text ?? "",
            StringValueSyntax quoted => quoted.Value ?? "",
            _ => "",
        };

        private void Warn(string code, int line, int column, string key, string why) =>
            diagnostics.Add(Diagnostic.Warning(code, path, line, column, $"the value of '{key}' {why}; the key is left out and the rest of the record is read"));
    }
}
