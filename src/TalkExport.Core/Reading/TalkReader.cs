using System.Collections.Concurrent;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading;

/// <summary>Reads talk records from files and folders: discovery, parallel parsing, dialect mapping, deterministic results.</summary>
public sealed class TalkReader
{
    /// <summary>Creates a reader.</summary>
    public TalkReader(ReaderOptions? options = null)
    {
        Options = options ?? ReaderOptions.Default;
    }

    /// <summary>The options in force.</summary>
    public ReaderOptions Options { get; }

    /// <summary>Reads every record under <paramref name="paths"/> (files or folders).</summary>
    public ReadResult Read(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sites = new SiteCache();
        var discovery = new RecordDiscovery(Options).Discover(paths);
        var files = discovery.Files;
        var talks = new Talk?[files.Count];
        var lists = new List<Talk>?[files.Count]; // a data file's talk list: one file, many talks
        var found = new List<Diagnostic>[files.Count];
        var notRecords = 0;
        var mapper = new TalkMapper(Options);
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism > 0 ? Options.MaxDegreeOfParallelism : Environment.ProcessorCount,
        };

        // Each record writes only its own slot, so the result never depends on thread timing.
        Parallel.For(0, files.Count, parallel, i =>
        {
            if (files[i].IsDataFile)
            {
                found[i] = [];
                lists[i] = ReadDataFile(files[i], sites, found[i]);
                return;
            }

            (talks[i], found[i], var notARecord) = ReadOne(files[i], mapper, sites);
            if (notARecord)
            {
                Interlocked.Increment(ref notRecords);
            }
        });
        var firstSite = SiteOfFirstPath(paths, sites);

        var diagnostics = new List<Diagnostic>(discovery.Diagnostics);
        foreach (var list in found)
        {
            diagnostics.AddRange(list);
        }

        foreach (var site in sites.Values)
        {
            if (site.IsValueCreated)
            {
                diagnostics.AddRange(site.Value.Diagnostics);
            }
        }

        diagnostics.Sort(DiagnosticOrder.Compare);
        var ordered = new List<Talk>(files.Count);
        for (var i = 0; i < talks.Length; i++)
        {
            if (talks[i] is { } talk)
            {
                ordered.Add(talk);
            }
            else if (lists[i] is { } list)
            {
                ordered.AddRange(list);
            }
        }

        // Discovery already lists files in path order, so this is usually a check, not a sort.
        if (!IsInSourceOrder(ordered))
        {
            ordered = [.. ordered.OrderBy(t => t.Source.Path, StringComparer.Ordinal).ThenBy(t => t.Source.Line)];
        }

        return new ReadResult
        {
            Talks = ordered,
            Diagnostics = diagnostics.Distinct().ToList(),
            CandidateFiles = discovery.CandidateFiles - notRecords,
            RecordPaths = [.. files.Select(f => f.FullPath)],
            Site = firstSite,
        };
    }

    private static bool IsInSourceOrder(List<Talk> talks)
    {
        for (var i = 1; i < talks.Count; i++)
        {
            var c = string.CompareOrdinal(talks[i - 1].Source.Path, talks[i].Source.Path);
            if (c > 0 || (c == 0 && talks[i - 1].Source.Line > talks[i].Source.Line))
            {
                return false;
            }
        }

        return true;
    }

    private (Talk? Talk, List<Diagnostic> Diagnostics, bool NotARecord) ReadOne(RecordFile file, TalkMapper mapper, SiteCache sites)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            if (RecordDecoder.Read(file, Options.Limits, diagnostics, out var notARecord) is not { } text)
            {
                return (null, diagnostics, notARecord);
            }

            // Long values may stay in the pooled text until mapped (DeferredText): map before the text
            // goes back, and settle them first, so nothing the talk keeps points into the buffer.
            using (text)
            {
                if (FrontMatterParser.Parse(text.Chars, file.DisplayPath, Options.Limits, diagnostics) is not { } document)
                {
                    return (null, diagnostics, false);
                }

                var talk = mapper.Map(file, document, SiteOfRecord(file.FullPath, sites), diagnostics);
                Settle(document.Values, talk);
                return (talk, diagnostics, false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in one record must not stop the batch; say so in one plain line.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InternalError, file.DisplayPath, 0, 0, $"internal error while reading this record ({e.GetType().Name}: {e.Message}); the other records are read; please report this"));
            return (null, diagnostics, false);
        }
    }

    private List<Talk> ReadDataFile(RecordFile file, SiteCache sites, List<Diagnostic> diagnostics)
    {
        try
        {
            return Dialects.JekyllData.JekyllDataReader.Read(file, SiteOfRecord(file.FullPath, sites), Options, diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InternalError, file.DisplayPath, 0, 0, $"internal error while reading this data file ({e.GetType().Name}: {e.Message}); the other records are read; please report this"));
            return [];
        }
    }

    // Only top-level values are ever deferred; the talk keeps the ones that are its extras.
    private static void Settle(FrontMatterMapping values, Talk? talk)
    {
        // By reference, not by key: an extra is the very scalar read. A set, since a hostile record's
        // tens of thousands of extras would make a scan per value quadratic.
        HashSet<FrontMatterValue>? extras = talk is { Extra.Count: > FewExtras } ? new(talk.Extra.Select(e => e.Value), ReferenceEqualityComparer.Instance) : null;
        foreach (var (_, value) in values.Entries)
        {
            if (value is FrontMatterScalar scalar)
            {
                scalar.Settle(keep: talk is not null && (extras?.Contains(scalar) ?? IsExtra(talk, scalar)));
            }
        }
    }

    private const int FewExtras = 16;

    private static bool IsExtra(Talk talk, FrontMatterScalar scalar)
    {
        foreach (var (_, extra) in talk.Extra)
        {
            if (ReferenceEquals(extra, scalar))
            {
                return true;
            }
        }

        return false;
    }

    // Records of one folder share a site root: walk up once per folder, not once per record
    // (a record's path is already full and names a file: no stat, no normalization per record).
    private SiteConfig SiteOfRecord(string fullPath, SiteCache sites)
    {
        var folder = Path.GetDirectoryName(fullPath) ?? fullPath;
        return SiteAt(sites.Roots.GetOrAdd(folder, _ => SiteConfigLoader.FindSiteRoot(fullPath)), sites);
    }

    private SiteConfig SiteOf(string path, SiteCache sites)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? path;
        return SiteAt(Directory.Exists(path) ? SiteConfigLoader.FindSiteRoot(path) : sites.Roots.GetOrAdd(folder, _ => SiteConfigLoader.FindSiteRoot(path)), sites);
    }

    // One load per site root, shared by every thread (Lazy makes the load happen once).
    private SiteConfig SiteAt(string? root, SiteCache sites)
    {
        if (root is null)
        {
            return SiteConfigLoader.ApplyOverrides(SiteConfig.None, Options);
        }

        return sites.GetOrAdd(root, r => new Lazy<(SiteConfig, List<Diagnostic>)>(() =>
        {
            var diagnostics = new List<Diagnostic>();
            return (SiteConfigLoader.Load(r, Options, diagnostics), diagnostics);
        })).Value.Site;
    }

    private SiteInfo SiteOfFirstPath(IReadOnlyList<string> paths, SiteCache sites)
    {
        if (paths.Count == 0 || !(File.Exists(paths[0]) || Directory.Exists(paths[0])))
        {
            return SiteInfo.Unknown;
        }

        try
        {
            var site = SiteOf(paths[0], sites);
            return new SiteInfo { BaseUrl = site.BaseUrl, Owner = site.Owner, RootPath = site.RootPath };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The records of that site already reported the failure (TE1000); exporters just get no site.
            return SiteInfo.Unknown;
        }
    }

    private sealed class SiteCache() : ConcurrentDictionary<string, Lazy<(SiteConfig Site, List<Diagnostic> Diagnostics)>>(StringComparer.Ordinal)
    {
        public ConcurrentDictionary<string, string?> Roots { get; } = new(StringComparer.Ordinal);
    }
}
