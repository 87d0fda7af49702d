using TalkExport.Core.Model;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Reading;

/// <summary>Maps a parsed record to a <see cref="Talk"/> by its site's dialect (Jekyll posts, academicpages, Hugo Blox).</summary>
public sealed class TalkMapper
{
    private readonly Dialect? _forced;

    /// <summary>Creates a mapper.</summary>
    public TalkMapper(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _forced = string.IsNullOrWhiteSpace(options.Dialect) ? null : Dialect.Find(options.Dialect);
    }

    /// <summary>The ids a forced dialect may take: "jekyll-posts", "academicpages", "hugo".</summary>
    public static IReadOnlyList<string> DialectIds { get; } = Dialect.All.Select(d => d.Id).ToList();

    /// <summary>The reader options in force.</summary>
    public ReaderOptions Options { get; }

    /// <summary>The talk of one record, or null when the record is not a talk on the site (draft, not a post, not given by the owner); says why in <paramref name="diagnostics"/>.</summary>
    public Talk? Map(RecordFile file, FrontMatterDocument document, SiteConfig site, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_forced is null && !string.IsNullOrWhiteSpace(Options.Dialect))
        {
            diagnostics.Add(Diagnostic.Error(MappingDiagnosticCodes.UnknownDialect, file.DisplayPath, 0, 0, $"unknown dialect \"{Options.Dialect}\" (known: {string.Join(", ", DialectIds)})"));
            return null;
        }

        var dialect = _forced ?? Dialect.Detect(file, document, site);
        return dialect.Map(new RecordContext(file, document, site, Options, diagnostics) { ResolvesLiquid = dialect.RunsLiquid, IgnoresKeyCase = dialect.KeysIgnoreCase });
    }

    /// <summary>The dialect id that <see cref="Map"/> would use for this record.</summary>
    public string DetectDialect(RecordFile file, FrontMatterDocument document, SiteConfig site) =>
        (_forced ?? Dialect.Detect(file, document, site)).Id;
}
