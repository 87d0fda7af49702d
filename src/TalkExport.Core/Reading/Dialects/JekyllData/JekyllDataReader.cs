using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects.JekyllData;

/// <summary>
/// Reads one data file's talk list (<see cref="RecordFile.DataList"/>): one file, many talks, each item
/// mapped by <see cref="JekyllDataDialect"/> with its own line for diagnostics and its source, in file order.
/// </summary>
internal static class JekyllDataReader
{
    private static readonly JekyllDataDialect Dialect = (JekyllDataDialect)Dialects.Dialect.Find("jekyll-data")!;

    /// <summary>The talks of <paramref name="file"/>; problems in <paramref name="diagnostics"/>.</summary>
    public static List<Talk> Read(RecordFile file, SiteConfig site, ReaderOptions options, List<Diagnostic> diagnostics)
    {
        string text;
        using (var pooled = RecordDecoder.Read(file, options.Limits, diagnostics, out _))
        {
            if (pooled is null)
            {
                return [];
            }

            text = new string(pooled.Chars.Span);
        }

        if (DataFileParser.Parse(text, file.DataList ?? "", file.DisplayPath, options.Limits, diagnostics) is not { } value)
        {
            return [];
        }

        var (items, bareTexts) = DataTalkItems.Find(value, options.Limits.MaxDepth);
        foreach (var bare in bareTexts)
        {
            diagnostics.Add(Diagnostic.Info(DataDiagnosticCodes.BareText, file.DisplayPath, bare.Value.Line, Math.Max(bare.Value.Column, 1), $"not read as a talk: \"{Shorten(bare.Value.Value)}\" is a text alone, with no title or date key"));
        }

        if (items.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning(DataDiagnosticCodes.NoTalkItems, file.DisplayPath, 1, 1, "no talk items in this data file: a talk list is a list of mappings (`- title: …`), at the top, under one key or under year and month keys"));
            return [];
        }

        var lookups = site.RootPath is { } root ? DataLookups.Load(root, options, diagnostics) : DataLookups.None;
        var talks = new List<Talk>(items.Count);
        foreach (var item in items)
        {
            var document = new FrontMatterDocument { Format = FrontMatterFormat.Yaml, Values = item.Values, Body = "", BodyLine = item.Values.Line };
            var groupDate = item.Year > 0 ? new TalkDate(item.Year, item.Month > 0 ? item.Month : null) : (TalkDate?)null;
            var ctx = new RecordContext(file, document, site, options, diagnostics) { Origin = item.Values, DataItem = new DataItemScope(groupDate, lookups) };
            if (Dialect.Map(ctx) is { } talk)
            {
                talks.Add(talk);
            }
        }

        return talks;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
