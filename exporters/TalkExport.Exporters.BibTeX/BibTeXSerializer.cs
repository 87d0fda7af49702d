using System.Globalization;
using System.Text;

namespace TalkExport.Exporters.BibTeX;

/// <summary>
/// Lays entries out: <c>@type{key,</c>, one field per line with the names aligned, values in
/// braces (never quotes), a bare macro for <c>month</c>, <c>}</c>; entries separated by one
/// blank line; <c>\n</c> newlines; no comments.
/// </summary>
public static class BibTeXSerializer
{
    private const int NameWidth = 12;

    private const string Padding = "            ";

    // One builder per thread: entries are laid out in parallel, each into its own string.
    [ThreadStatic]
    private static StringBuilder? _builder;

    /// <summary>One entry, without a trailing newline.</summary>
    public static string Write(BibTeXEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var builder = (_builder ??= new StringBuilder(1024)).Clear();
        Append(builder, entry);
        var text = builder.ToString();
        if (builder.Capacity > 1 << 16)
        {
            _builder = null;
        }

        return text;
    }

    /// <summary>Appends one entry, without a trailing newline.</summary>
    public static void Append(StringBuilder builder, BibTeXEntry entry)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(entry);
        using var writer = new StringWriter(builder, CultureInfo.InvariantCulture);
        Write(writer, entry);
    }

    /// <summary>Writes one entry, without a trailing newline, straight to <paramref name="writer"/> (no string per entry).</summary>
    internal static void Write(TextWriter writer, BibTeXEntry entry)
    {
        writer.Write('@');
        writer.Write(entry.Type);
        writer.Write('{');
        writer.Write(entry.Key);
        writer.Write(',');
        for (var i = 0; i < entry.Fields.Count; i++)
        {
            var field = entry.Fields[i];
            writer.Write("\n  ");
            writer.Write(field.Name);
            writer.Write(Padding.AsSpan(0, Math.Max(0, NameWidth - field.Name.Length)));
            writer.Write(" = ");
            if (field.IsMacro)
            {
                writer.Write(field.Value);
            }
            else
            {
                writer.Write('{');
                writer.Write(field.Value);
                writer.Write('}');
            }

            if (i < entry.Fields.Count - 1)
            {
                writer.Write(',');
            }
        }

        writer.Write("\n}");
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
