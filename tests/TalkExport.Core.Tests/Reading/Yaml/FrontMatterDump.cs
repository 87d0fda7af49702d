using System.Text;
using System.Text.Json;
using TalkExport.Core.Model;

namespace TalkExport.Core.Tests.Reading.Yaml;

/// <summary>One line a node: kind, position, flags and value, so two trees compare as two strings.</summary>
internal static class FrontMatterDump
{
    public static string Of(FrontMatterValue? value)
    {
        var text = new StringBuilder();
        Append(text, value, "");
        return text.ToString();
    }

    private static void Append(StringBuilder text, FrontMatterValue? value, string indent)
    {
        switch (value)
        {
            case null:
                text.Append(indent).Append("(none)\n");
                break;
            case FrontMatterScalar s:
                text.Append(indent).Append($"scalar {s.Line}:{s.Column}{(s.IsNull ? " null" : "")}{(s.IsQuoted ? " quoted" : "")} {JsonSerializer.Serialize(s.Value)}\n");
                break;
            case FrontMatterSequence s:
                text.Append(indent).Append($"list {s.Line}:{s.Column}\n");
                foreach (var item in s.Items)
                {
                    Append(text, item, indent + "  ");
                }

                break;
            case FrontMatterMapping m:
                text.Append(indent).Append($"mapping {m.Line}:{m.Column}\n");
                foreach (var (key, item) in m.Entries)
                {
                    text.Append(indent).Append("  key ").Append(JsonSerializer.Serialize(key)).Append('\n');
                    Append(text, item, indent + "    ");
                }

                break;
        }
    }
}
