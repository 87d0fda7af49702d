using System.Text;
using TalkExport.Exporters.BibTeX;

namespace TalkExport.Exporters.Tests.BibTeX.Reference;

/// <summary>The layout as it was before the allocation work.</summary>
internal static class ReferenceSerializer
{
    private const int NameWidth = 12;

    /// <summary>One entry, without a trailing newline.</summary>
    public static string Write(BibTeXEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var builder = new StringBuilder();
        Append(builder, entry);
        return builder.ToString();
    }

    /// <summary>Appends one entry, without a trailing newline.</summary>
    public static void Append(StringBuilder builder, BibTeXEntry entry)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(entry);
        builder.Append('@').Append(entry.Type).Append('{').Append(entry.Key).Append(',');
        for (var i = 0; i < entry.Fields.Count; i++)
        {
            var field = entry.Fields[i];
            builder.Append("\n  ").Append(field.Name.PadRight(NameWidth)).Append(" = ");
            if (field.IsMacro)
            {
                builder.Append(field.Value);
            }
            else
            {
                builder.Append('{').Append(field.Value).Append('}');
            }

            if (i < entry.Fields.Count - 1)
            {
                builder.Append(',');
            }
        }

        builder.Append("\n}");
    }

    /// <summary>A whole .bib file: the entries separated by one blank line, ending with a newline; empty for no entries.</summary>
    public static string WriteAll(IEnumerable<BibTeXEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = new StringBuilder();
        foreach (var entry in entries)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            Append(builder, entry);
            builder.Append('\n');
        }

        return builder.ToString();
    }
}
