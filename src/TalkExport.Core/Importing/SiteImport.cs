using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;
using TalkExport.Core.Reading.Dialects;

namespace TalkExport.Core.Importing;

/// <summary>
/// Writes imported talks as new records of one site, in its dialect: a talk the site already has
/// (the <c>--dedupe</c> rule: same date, same title ignoring case and punctuation) is skipped, every
/// file is created exclusively (one that exists, or appears meanwhile, is never replaced: the next
/// free name is taken), and only real folders below the site root are entered or made.
/// </summary>
public sealed class SiteImport
{
    private const int MaxNameAttempts = 1000;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dialect _dialect;
    private readonly RecordWriter _writer;
    private readonly string _root;
    private readonly SiteInfo _site;

    /// <summary>An import into the site at <paramref name="siteRoot"/>, whose records are of dialect <paramref name="dialectId"/>.</summary>
    /// <exception cref="TalkExportException">No dialect has that id, or it cannot write records of its own.</exception>
    public SiteImport(string siteRoot, string dialectId, SiteInfo site)
    {
        ArgumentNullException.ThrowIfNull(siteRoot);
        ArgumentNullException.ThrowIfNull(site);
        _dialect = Dialect.Find(dialectId) ?? throw new TalkExportException(FailureKind.Usage, $"unknown site dialect '{dialectId}' (one of: {string.Join(", ", WritableDialects)})");
        _writer = _dialect.Writer ?? throw new TalkExportException(FailureKind.Usage, $"import cannot add to a '{_dialect.Id}' site: its talks are items of one shared data file, not records of their own (one of: {string.Join(", ", WritableDialects)})");
        _root = Path.GetFullPath(siteRoot);
        _site = site;
        Folder = FolderIn(_root, _dialect);
    }

    /// <summary>The dialects whose records <c>import</c> writes, by id.</summary>
    public static IReadOnlyList<string> WritableDialects { get; } = [.. Dialect.All.Where(d => d.Writer is not null).Select(d => d.Id)];

    /// <summary>The folder new records go in, site-relative: the first of the dialect's collections the site has, else its first.</summary>
    public string Folder { get; }

    /// <summary>
    /// The dialect of the site at <paramref name="siteRoot"/> from what it holds: the first writable
    /// dialect whose collection folder it has, else the one its generator's configuration implies
    /// (a Jekyll site: academicpages; a Hugo site: hugo); null for a folder that shows neither.
    /// </summary>
    public static string? DetectDialect(string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(siteRoot);
        foreach (var dialect in Dialect.All.Where(d => d.Writer is not null))
        {
            if (dialect.Collections.Any(c => IsRealFolder(Path.Combine(siteRoot, c))))
            {
                return dialect.Id;
            }
        }

        if (SiteLayout.IsJekyllRoot(siteRoot))
        {
            return "academicpages";
        }

        return SiteLayout.IsSiteRoot(siteRoot) ? "hugo" : null;
    }

    /// <summary>
    /// Plans, and unless <paramref name="dryRun"/> writes, a record for each of <paramref name="incoming"/>,
    /// in order; <paramref name="existing"/> are the talks the site has now.
    /// </summary>
    public IReadOnlyList<ImportedRecord> Run(IReadOnlyList<Talk> incoming, IReadOnlyList<Talk> existing, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(existing);
        var onSite = new Dictionary<string, Talk>(StringComparer.Ordinal);
        foreach (var talk in existing)
        {
            onSite.TryAdd(SameTalkKey(talk), talk);
        }

        var imported = new Dictionary<string, Talk>(StringComparer.Ordinal);
        var names = new FreeNames(Path.Combine(_root, Folder));
        var results = new List<ImportedRecord>(incoming.Count);
        foreach (var talk in incoming)
        {
            var key = SameTalkKey(talk);
            if (onSite.TryGetValue(key, out var there))
            {
                results.Add(Skip(talk, ImportStatus.AlreadyOnSite, ImportDiagnosticCodes.AlreadyOnSite, $"skipped: the site already has this talk ({there.Source.Shown}: same date and title)"));
            }
            else if (imported.TryGetValue(key, out var first))
            {
                results.Add(Skip(talk, ImportStatus.DuplicateEntry, ImportDiagnosticCodes.DuplicateEntry, $"skipped: the same talk as {first.Source.Shown} (same date and title), imported once"));
            }
            else if (_writer.RequiresDate && talk.Date is null)
            {
                results.Add(Skip(talk, ImportStatus.Refused, ImportDiagnosticCodes.UnreadableEntry, $"not imported: a {_dialect.Id} record is named by its date, and this entry has none"));
            }
            else
            {
                imported.Add(key, talk);
                var (written, note) = WithDays(talk);
                var result = dryRun ? Plan(written, names) : Write(written, names);
                results.Add(result.Diagnostic is null && note is not null ? result with { Diagnostic = note } : result);
            }
        }

        return results;
    }

    // The --dedupe rule, with a date compared by its first day: a talk imported as "2026-07" is on the site as 2026-07-01.
    private static string SameTalkKey(Talk talk) =>
        TalkQuery.DuplicateKey(talk.Date is { Precision: not DatePrecision.Day } d ? talk with { Date = d.FirstDay } : talk);

    // Jekyll refuses to build a site with a date it cannot read as a day ("Invalid date '2026-07'"),
    // and Hugo drops one: a date known only to the month or year is written as its first day, and said.
    private static (Talk Talk, Diagnostic? Note) WithDays(Talk talk)
    {
        var partial = talk.Date is { Precision: not DatePrecision.Day } ? talk.Date : talk.EndDate is { Precision: not DatePrecision.Day } ? talk.EndDate : null;
        if (partial is not { } known)
        {
            return (talk, null);
        }

        var written = talk with { Date = talk.Date?.FirstDay, EndDate = talk.EndDate?.FirstDay };
        return (written, Diagnostic.Warning(ImportDiagnosticCodes.FieldLost, talk.Source.Path, talk.Source.Line, 1,
            $"the entry's date is known only to the {(known.Precision == DatePrecision.Month ? "month" : "year")} ({known}): the record says {known.FirstDay}, since Jekyll and Hugo need a day; correct it if you know the day"));
    }

    private ImportedRecord Plan(Talk talk, FreeNames names)
    {
        var slug = names.Next(Slug.Of(talk.Title), s => _writer.ClaimedName(talk, s));
        return new(talk, ImportStatus.WouldCreate, RecordPath(talk, slug), _writer.Render(talk, _site), null);
    }

    private ImportedRecord Write(Talk talk, FreeNames names)
    {
        var text = _writer.Render(talk, _site);
        var bytes = Utf8.GetBytes(text);
        var baseSlug = Slug.Of(talk.Title);
        string? failure = null;
        for (var attempt = 0; attempt < MaxNameAttempts; attempt++)
        {
            var slug = names.Next(baseSlug, s => _writer.ClaimedName(talk, s));
            var relative = RecordPath(talk, slug);
            switch (TryCreate(relative, bytes, out failure))
            {
                case CreateResult.Created:
                    return new(talk, ImportStatus.Created, relative, text, null);
                case CreateResult.Failed:
                    return Skip(talk, ImportStatus.WriteFailed, ImportDiagnosticCodes.WriteFailed, $"not written: {relative}: {failure}");
                default:
                    // The name was taken meanwhile: FreeNames already holds it, so the next one is tried.
                    continue;
            }
        }

        return Skip(talk, ImportStatus.WriteFailed, ImportDiagnosticCodes.WriteFailed, $"not written: no free name for '{baseSlug}' in {Folder}");
    }

    private string RecordPath(Talk talk, string slug) => Folder + "/" + _writer.RelativePath(talk, slug);

    private enum CreateResult
    {
        Created,
        Taken,
        Failed,
    }

    private CreateResult TryCreate(string relative, byte[] bytes, out string? failure)
    {
        failure = null;
        var segments = relative.Split('/');
        var collectionDepth = Folder.Split('/').Length;
        var folder = _root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            folder = Path.Combine(folder, segments[i]);
            if (Directory.Exists(folder) || File.Exists(folder))
            {
                if (!IsRealFolder(folder))
                {
                    failure = $"{Path.GetRelativePath(_root, folder)} is not a folder (a link or a file): nothing is written through it";
                    return CreateResult.Failed;
                }

                // A folder below the collection (Hugo's bundle) is the record's own name: one that exists is someone else's.
                if (i >= collectionDepth)
                {
                    return CreateResult.Taken;
                }

                continue;
            }

            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failure = e.Message;
                return CreateResult.Failed;
            }
        }

        var path = Path.Combine(_root, relative);
        FileStream stream;
        try
        {
            // CreateNew is O_CREAT|O_EXCL: it fails on any existing name, a dangling link included, and follows none.
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            return CreateResult.Taken;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = e.Message;
            return CreateResult.Failed;
        }

        try
        {
            using (stream)
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            return CreateResult.Created;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file is ours (created exclusively above): a half-written record is removed.
            try
            {
                File.Delete(path);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                failure = $"{e.Message}; and the partial file could not be removed: {cleanup.Message}";
                return CreateResult.Failed;
            }

            failure = e.Message;
            return CreateResult.Failed;
        }
    }

    private static ImportedRecord Skip(Talk talk, ImportStatus status, string code, string message) =>
        new(talk, status, null, null, new Diagnostic(
            status is ImportStatus.AlreadyOnSite or ImportStatus.DuplicateEntry ? DiagnosticSeverity.Info : DiagnosticSeverity.Error,
            code, talk.Source.Path, talk.Source.Line, 1, message));

    private static string FolderIn(string root, Dialect dialect) =>
        dialect.Collections.FirstOrDefault(c => IsRealFolder(Path.Combine(root, c))) ?? dialect.Collections[0];

    private static bool IsRealFolder(string path)
    {
        var info = new DirectoryInfo(path);
        return info.Exists && info.LinkTarget is null;
    }

    /// <summary>The names taken in the collection folder (case ignored: a site may be checked out on macOS), and those handed out.</summary>
    private sealed class FreeNames(string folder)
    {
        private readonly HashSet<string> _taken = Existing(folder);
        private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.OrdinalIgnoreCase);

        public string Next(string slug, Func<string, string> claimed)
        {
            var n = _nextSuffix.GetValueOrDefault(slug, 1);
            while (true)
            {
                var candidate = n == 1 ? slug : $"{slug}-{n}";
                n++;
                if (_taken.Add(claimed(candidate)))
                {
                    _nextSuffix[slug] = n;
                    return candidate;
                }
            }
        }

        private static HashSet<string> Existing(string folder)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (Directory.Exists(folder))
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
                {
                    set.Add(Path.GetFileName(entry));
                }
            }

            return set;
        }
    }
}
