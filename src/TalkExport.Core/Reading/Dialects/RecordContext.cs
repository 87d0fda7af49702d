using System.Runtime.InteropServices;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading.Dialects;

/// <summary>
/// One record being mapped: looks keys up (user aliases first), remembers which keys a model field
/// took so that the rest become <see cref="Talk.Extra"/>, and places diagnostics at a key's line.
/// </summary>
internal sealed class RecordContext
{
    // One set per thread, cleared for each record: a record is mapped on one thread from start to
    // end, and a set sized for a record's keys cost a kilobyte per record.
    [ThreadStatic]
    private static HashSet<string>? _consumedOnThread;

    private readonly HashSet<string> _consumed;
    private readonly IReadOnlyDictionary<string, string> _aliases;
    private JekyllSiteUrls? _urls;
    private bool _liquidReported;

    public RecordContext(RecordFile file, FrontMatterDocument document, SiteConfig site, ReaderOptions options, ICollection<Diagnostic> diagnostics)
    {
        File = file;
        Document = document;
        Site = site;
        Options = options;
        Diagnostics = diagnostics;
        _aliases = options.Aliases;
        _consumed = _consumedOnThread ??= new(32, StringComparer.Ordinal);
        _consumed.Clear();
    }

    public RecordFile File { get; }

    public FrontMatterDocument Document { get; }

    public FrontMatterMapping Values => Document.Values;

    public SiteConfig Site { get; }

    public ReaderOptions Options { get; }

    public ICollection<Diagnostic> Diagnostics { get; }

    /// <summary>The record's path below the site root, split (see <see cref="Dialect"/>); null until first asked for.</summary>
    public string[]? SiteRelativeSegments { get; set; }

    /// <summary>True once a date problem was reported, so "no date" is not said twice.</summary>
    public bool DateReported { get; set; }

    /// <summary>
    /// The first non-empty value among the user's alias keys for <paramref name="field"/> and then
    /// <paramref name="keys"/>; every one of those keys present is taken out of the extras, empty or not.
    /// </summary>
    public FrontMatterValue? Take(string field, params ReadOnlySpan<string> keys)
    {
        FrontMatterValue? found = null;

        // Most sites define no aliases: then no enumerator per lookup.
        if (_aliases.Count > 0)
        {
            foreach (var (alias, target) in _aliases)
            {
                if (FieldNames.Same(target, field) && Find(alias, consume: true) is { } value)
                {
                    found ??= IsEmpty(value) ? null : value;
                }
            }
        }

        foreach (var key in keys)
        {
            if (Find(key, consume: true) is { } value)
            {
                found ??= IsEmpty(value) ? null : value;
            }
        }

        return found;
    }

    /// <summary>The value of a key-map entry: <see cref="Take(string, ReadOnlySpan{string})"/> for its field and keys.</summary>
    public FrontMatterValue? Take(FieldKeys keys) => Take(keys.Field, keys.Keys);

    /// <summary>The trimmed scalar text of a key-map entry's value, or null.</summary>
    public string? TakeText(FieldKeys keys) => TakeText(keys.Field, keys.Keys);

    /// <summary>The trimmed scalar text of <see cref="Take(string, ReadOnlySpan{string})"/>, or null.</summary>
    public string? TakeText(string field, params ReadOnlySpan<string> keys)
    {
        var s = Take(field, keys)?.AsString()?.Trim();
        return string.IsNullOrEmpty(s) ? null : s;
    }

    /// <summary>A key's value without taking it out of the extras.</summary>
    public FrontMatterValue? Peek(string key) => Find(key, consume: false);

    /// <summary>Marks keys as handled (not extras).</summary>
    public void Consume(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (IgnoresKeyCase)
            {
                Find(key, consume: true);
            }
            else
            {
                _consumed.Add(key);
            }
        }
    }

    /// <summary>The keys no field took, in file order; a repeated key keeps its last value.</summary>
    public IReadOnlyList<KeyValuePair<string, FrontMatterValue>> Extras() =>
        Values.UniqueEntries().Where(e => !_consumed.Contains(e.Key)).ToList();

    /// <summary>
    /// True for a Jekyll record, whose text may hold Liquid (<see cref="Liquid"/> resolves it); set by the
    /// dialect. Hugo runs no Liquid, so its text is never touched.
    /// </summary>
    public bool ResolvesLiquid { get; init; }

    /// <summary>
    /// True for a Hugo record: Hugo lowercases front-matter keys, so <c>Title:</c> is the page's title
    /// and <c>Event:</c> is <c>.Params.event</c>; set by the dialect. Jekyll's keys are case-sensitive
    /// (Liquid's <c>page.title</c> is not <c>Title:</c>).
    /// </summary>
    public bool IgnoresKeyCase { get; init; }

    /// <summary>The site's addresses as Jekyll's Liquid gives them to this record; made when first asked for.</summary>
    public JekyllSiteUrls SiteUrls => _urls ??= new JekyllSiteUrls(Site, File.FullPath);

    /// <summary>
    /// <paramref name="text"/> with the Liquid Jekyll resolves resolved and any other tag dropped, with
    /// one warning per record (at <paramref name="at"/>, or the body); the text itself when it has none.
    /// </summary>
    public string? Liquid(string? text, FrontMatterValue? at = null)
    {
        if (!ResolvesLiquid || text is null || !JekyllLiquid.HasLiquid(text))
        {
            return text;
        }

        var resolved = JekyllLiquid.Resolve(text, SiteUrls, out var dropped);
        if (dropped is not null && !_liquidReported)
        {
            _liquidReported = true;
            var message = $"Liquid \"{Shorten(dropped)}\" is left out: only link, post_url, site.url, site.baseurl and base_path are resolved (later tags in this record too)";
            Diagnostics.Add(at is { Line: > 0 }
                ? new Diagnostic(DiagnosticSeverity.Warning, MappingDiagnosticCodes.LiquidDropped, File.DisplayPath, at.Line, Math.Max(at.Column, 1), message)
                : new Diagnostic(DiagnosticSeverity.Warning, MappingDiagnosticCodes.LiquidDropped, File.DisplayPath, Math.Max(Document.BodyLine, 1), 1, message));
        }

        return resolved;
    }

    /// <summary>
    /// <paramref name="markdown"/> as plain text, its Liquid resolved first as Jekyll does; empty, with a
    /// warning at <paramref name="at"/> (or the body), when it nests too deeply to render: the text is
    /// lost, never the talk.
    /// </summary>
    public Text.PlainText Markdown(string? markdown, FrontMatterValue? at = null)
    {
        markdown = Liquid(markdown, at);
        if (Text.MarkdownText.TryConvert(markdown, out var text))
        {
            return text;
        }

        var message = $"the {(at is null ? "body" : "text")} nests Markdown too deeply to render (more than Markdig's limit); it is left out, the talk is kept";
        Diagnostics.Add(at is { Line: > 0 }
            ? new Diagnostic(DiagnosticSeverity.Warning, MappingDiagnosticCodes.MarkdownTooDeep, File.DisplayPath, at.Line, Math.Max(at.Column, 1), message)
            : new Diagnostic(DiagnosticSeverity.Warning, MappingDiagnosticCodes.MarkdownTooDeep, File.DisplayPath, Math.Max(Document.BodyLine, 1), 1, message));
        return text;
    }

    /// <summary>For an item of a data file's talk list: the date its groups name and the site's lookups; null for a record file.</summary>
    public JekyllData.DataItemScope? DataItem { get; init; }

    /// <summary>Where a diagnostic without a value of its own is placed: the record's first line, or (a data file's item) the item.</summary>
    public FrontMatterValue? Origin { get; init; }

    /// <summary>Adds a diagnostic at <paramref name="at"/>'s position (or <see cref="Origin"/>, or the record's first line).</summary>
    public void Report(DiagnosticSeverity severity, string code, FrontMatterValue? at, string message)
    {
        at = at is { Line: > 0 } ? at : Origin;
        Diagnostics.Add(new Diagnostic(severity, code, File.DisplayPath, at is { Line: > 0 } ? at.Line : 1, at is { Column: > 0 } ? at.Column : 1, message));
    }

    // The value of key (the last one written, as YAML and TOML readers keep it); with consume, every
    // entry that is this key is taken out of the extras. Ignoring case, a key written with capitals
    // wins over the same key in lower case, as in Hugo (0.111: `title:` then `Title:`, or the other
    // way round, gives Title's value): it lowercases the keys into the same map, over the lower-case one.
    private FrontMatterValue? Find(string key, bool consume)
    {
        if (!IgnoresKeyCase)
        {
            var value = Values[key];
            if (value is not null && consume)
            {
                _consumed.Add(key);
            }

            return value;
        }

        FrontMatterValue? lower = null, capitals = null;
        ReadOnlySpan<KeyValuePair<string, FrontMatterValue>> entries = Values.Entries is List<KeyValuePair<string, FrontMatterValue>> list
            ? CollectionsMarshal.AsSpan(list)
            : [.. Values.Entries];
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            var (written, value) = entries[i];
            if (written.Length != key.Length || !string.Equals(written, key, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (consume)
            {
                _consumed.Add(written);
            }

            if (IsLowerCase(written))
            {
                lower ??= value;
            }
            else
            {
                capitals ??= value;
            }
        }

        return capitals ?? lower;
    }

    private static bool IsLowerCase(string key)
    {
        foreach (var c in key)
        {
            if (char.ToLowerInvariant(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string tag) => tag.Length <= 60 ? tag : tag[..57] + "...";

    private static bool IsEmpty(FrontMatterValue value) => value switch
    {
        FrontMatterScalar s => s.IsNull || s.IsWhiteSpace,
        FrontMatterSequence q => q.Items.Count == 0,
        FrontMatterMapping m => m.Entries.Count == 0,
        _ => true,
    };
}
