using System.Text;
using TalkExport.Core.Exporting;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TalkExport.Exporters.CvData;

/// <summary>
/// Replaces the talks sections inside an existing RenderCV <c>cv.yaml</c> (or al-folio's
/// <c>_data/cv.yml</c>) as text: YamlDotNet's parser only finds where each <c>cv.sections</c>
/// entry starts and ends, so every byte outside the replaced sections (comments, order, quoting,
/// blank lines) stays as it was. The talks sections are found again by their titles (every title
/// the options can give, so a kind that has no talks any more loses its section).
/// </summary>
public static class RenderCvUpdater
{
    /// <summary>The updated CV text.</summary>
    /// <exception cref="TalkExportException">The file is not YAML, or has no block <c>cv</c> mapping (usage error).</exception>
    public static string Update(string existing, string path, IReadOnlyList<RenderCvSection> sections, IReadOnlySet<string> ownedTitles, RenderCvEntryType type)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(ownedTitles);
        Layout layout;
        try
        {
            layout = Scan(existing);
        }
        catch (YamlException e)
        {
            throw new TalkExportException(FailureKind.Usage, $"{path}:{e.Start.Line}:{e.Start.Column}: not readable as YAML: {e.Message}", path, e);
        }

        if (layout.CvIndent < 0)
        {
            throw new TalkExportException(FailureKind.Usage, $"{path}: no block mapping 'cv:' at the top level; this is not a RenderCV CV.", path);
        }

        var indent = layout.SectionIndent >= 0 ? layout.SectionIndent : layout.CvIndent + 2;
        var ours = new StringBuilder();
        foreach (var section in sections)
        {
            RenderCvWriter.WriteSection(ours, section, type, indent);
        }

        if (existing.Contains("\r\n", StringComparison.Ordinal))
        {
            // Keep a CRLF file CRLF.
            ours.Replace("\n", "\r\n");
        }

        var owned = layout.Sections.Where(s => ownedTitles.Contains(s.Title)).ToList();
        var text = new StringBuilder(existing.Length + ours.Length);
        if (owned.Count > 0)
        {
            // Ours go where the first talks section was; the others are removed.
            var at = 0;
            for (var i = 0; i < owned.Count; i++)
            {
                text.Append(existing, at, owned[i].Start - at);
                if (i == 0)
                {
                    text.Append(ours);
                }

                at = owned[i].End;
            }

            return text.Append(existing, at, existing.Length - at).ToString();
        }

        // A CV without talks sections gets them after its last section (or a new sections: at the end of cv).
        var insert = layout.SectionsEnd;
        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var prefix = insert == existing.Length && existing.Length > 0 && existing[^1] != '\n' ? newline : "";
        var block = layout.SectionIndent >= 0 || layout.HasSectionsKey ? ours.ToString() : new string(' ', layout.CvIndent) + "sections:" + newline + ours;
        return text.Append(existing, 0, insert).Append(prefix).Append(block).Append(existing, insert, existing.Length - insert).ToString();
    }

    private sealed record SectionSpan(string Title, int Start, int End);

    private sealed class Layout
    {
        public int CvIndent { get; set; } = -1;

        public int SectionIndent { get; set; } = -1;

        public bool HasSectionsKey { get; set; }

        public int SectionsEnd { get; set; }

        public List<SectionSpan> Sections { get; } = [];
    }

    private static Layout Scan(string text)
    {
        var layout = new Layout { SectionsEnd = text.Length };
        var parser = new Parser(new StringReader(text));
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
        {
            return layout;
        }

        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            if (key.Value == "cv" && parser.Accept<MappingStart>(out var cv) && cv.Style == MappingStyle.Block)
            {
                parser.MoveNext();
                ScanCv(parser, text, layout);
            }
            else
            {
                SkipNode(parser);
            }
        }

        return layout;
    }

    private static void ScanCv(Parser parser, string text, Layout layout)
    {
        var lastEnd = -1;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            if (layout.CvIndent < 0)
            {
                layout.CvIndent = (int)key.Start.Column - 1;
            }

            if (key.Value == "sections")
            {
                layout.HasSectionsKey = true;
                if (parser.Accept<MappingStart>(out var sections))
                {
                    if (sections.Style != MappingStyle.Block)
                    {
                        throw new TalkExportException(FailureKind.Usage, $"line {key.Start.Line}: cv.sections is written in flow style ({{…}}); write it as a block mapping so its talks sections can be replaced.");
                    }

                    parser.MoveNext();
                    ScanSections(parser, text, layout);
                    lastEnd = layout.SectionsEnd;
                    continue;
                }

                // "sections:" with no value: the talks go on the lines after it.
                var empty = parser.Consume<Scalar>();
                if (empty.Value.Length > 0)
                {
                    throw new TalkExportException(FailureKind.Usage, $"line {key.Start.Line}: cv.sections is not a mapping.");
                }

                layout.SectionIndent = layout.CvIndent + 2;
                layout.SectionsEnd = LineEnd(text, (int)key.End.Index);
                return;
            }

            lastEnd = SkipNode(parser);
        }

        if (!layout.HasSectionsKey)
        {
            layout.SectionsEnd = lastEnd < 0 ? text.Length : LineEnd(text, lastEnd);
        }
    }

    private static void ScanSections(Parser parser, string text, Layout layout)
    {
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>();
            if (layout.SectionIndent < 0)
            {
                layout.SectionIndent = (int)key.Start.Column - 1;
            }

            var end = SkipNode(parser);
            var span = new SectionSpan(key.Value, LineStart(text, (int)key.Start.Index), LineEnd(text, Math.Max(end, (int)key.End.Index)));
            layout.Sections.Add(span);
            layout.SectionsEnd = span.End;
        }
    }

    // Skips one node; returns the index just after its last character (block collections end where their last content ends).
    private static int SkipNode(Parser parser)
    {
        var last = -1;
        var depth = 0;
        var flow = new Stack<bool>();
        do
        {
            var e = parser.Current ?? throw new YamlException("unexpected end of the YAML stream");
            switch (e)
            {
                case MappingStart m:
                    depth++;
                    flow.Push(m.Style == MappingStyle.Flow);
                    break;
                case SequenceStart s:
                    depth++;
                    flow.Push(s.Style == SequenceStyle.Flow);
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    if (flow.Pop())
                    {
                        last = Math.Max(last, (int)e.End.Index);
                    }

                    break;
                default:
                    last = Math.Max(last, (int)e.End.Index);
                    break;
            }

            parser.MoveNext();
        }
        while (depth > 0);
        return last;
    }

    private static int LineStart(string text, int index)
    {
        var i = Math.Min(index, text.Length);
        while (i > 0 && text[i - 1] != '\n')
        {
            i--;
        }

        return i;
    }

    private static int LineEnd(string text, int index)
    {
        var newline = index <= 0 ? text.IndexOf('\n', StringComparison.Ordinal) : text.IndexOf('\n', Math.Min(index - 1, text.Length));
        return newline < 0 ? text.Length : newline + 1;
    }
}
