using TalkExport.Core.Importing;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.Csv.Importing;

/// <summary>
/// The columns of an imported table, matched by name ignoring case and in any order: TalkExport's
/// own (<see cref="CsvColumns"/>) or academicpages' <c>talks.tsv</c> (the template's generator input).
/// </summary>
internal sealed class CsvHeader
{
    private static readonly Dictionary<string, CsvField> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = CsvField.Title,
        ["date"] = CsvField.Date,
        ["end_date"] = CsvField.EndDate,
        ["year"] = CsvField.Year,
        ["authors"] = CsvField.Authors,
        ["kind"] = CsvField.KindId,
        ["kind_label"] = CsvField.KindPhrase,
        ["type"] = CsvField.KindPhrase,
        ["venue"] = CsvField.Venue,
        ["location"] = CsvField.Location,
        ["institution"] = CsvField.Institution,
        ["url"] = CsvField.Page,
        ["slides"] = CsvField.Slides,
        ["video"] = CsvField.Video,
        ["event_url"] = CsvField.Event,
        ["code"] = CsvField.Code,
        ["talk_url"] = CsvField.SlidesOrEvent,
        ["tags"] = CsvField.Tags,
        ["abstract"] = CsvField.Abstract,
        ["description"] = CsvField.Description,
        ["language"] = CsvField.Language,
        ["bibtex"] = CsvField.BibTeX,
        ["url_slug"] = CsvField.Slug,
    };

    // Our exporter's columns that say nothing about the talk itself (the key is made anew, the source
    // is the old site's file): known, so not reported as unknown, and not read.
    private static readonly HashSet<string> NotRead = new(StringComparer.OrdinalIgnoreCase) { "key", "source", "source_line" };

    // Columns only academicpages' talks.tsv has; any of them, and none only ours has, make it that file.
    private static readonly HashSet<string> AcademicPagesOnly = new(StringComparer.OrdinalIgnoreCase) { "type", "url_slug", "talk_url", "description" };

    private static readonly HashSet<string> Shared = new(StringComparer.OrdinalIgnoreCase) { "title", "date", "venue", "location" };

    private readonly int[] _index;

    private CsvHeader(int[] index, IReadOnlyList<(int Index, string Key)> extras, IReadOnlyList<string> unknown, bool academicPages, int width)
    {
        _index = index;
        Extras = extras;
        Unknown = unknown;
        IsAcademicPages = academicPages;
        Width = width;
    }

    /// <summary>True for academicpages' talks.tsv; false for our own columns (the formula guard is undone only there).</summary>
    public bool IsAcademicPages { get; }

    /// <summary>The <c>extra.&lt;key&gt;</c> columns our exporter writes for front-matter keys, with the key.</summary>
    public IReadOnlyList<(int Index, string Key)> Extras { get; }

    /// <summary>The names of the columns not read, in header order.</summary>
    public IReadOnlyList<string> Unknown { get; }

    /// <summary>How many cells the header has.</summary>
    public int Width { get; }

    /// <summary>True when the table has the column.</summary>
    public bool Has(CsvField field) => _index[(int)field] >= 0;

    /// <summary>The column of <paramref name="field"/>, or -1.</summary>
    public int IndexOf(CsvField field) => _index[(int)field];

    /// <summary>The header's columns, or null (with an error) when it has no title column: then the file is not a table of talks.</summary>
    public static CsvHeader? Read(CsvRecord header, string path, List<Diagnostic> diagnostics)
    {
        var index = Enumerable.Repeat(-1, Enum.GetValues<CsvField>().Length).ToArray();
        var extras = new List<(int, string)>();
        var unknown = new List<string>();
        var ours = false;
        var theirs = false;
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var name = header.Cells[i].Trim();
            if (Names.TryGetValue(name, out var field) && index[(int)field] < 0)
            {
                index[(int)field] = i;
                theirs |= AcademicPagesOnly.Contains(name);
                ours |= !AcademicPagesOnly.Contains(name) && !Shared.Contains(name);
            }
            else if (name.StartsWith(CsvColumns.ExtraPrefix, StringComparison.OrdinalIgnoreCase) && name.Length > CsvColumns.ExtraPrefix.Length)
            {
                // The key as our exporter took it from the front matter: its case matters there.
                extras.Add((i, name[CsvColumns.ExtraPrefix.Length..]));
                ours = true;
            }
            else if (NotRead.Contains(name))
            {
                ours = true;
            }
            else if (name.Length > 0)
            {
                unknown.Add(name);
            }
        }

        if (index[(int)CsvField.Title] < 0)
        {
            diagnostics.Add(Diagnostic.Error(ImportDiagnosticCodes.UnreadableEntry, path, header.Line, 0,
                $"the header has no 'title' column, so this is not a table of talks (its columns: {string.Join(", ", header.Cells.Select(c => c.Trim()).Where(c => c.Length > 0).Take(12))})"));
            return null;
        }

        return new CsvHeader(index, extras, unknown, theirs && !ours, header.Cells.Length);
    }
}
