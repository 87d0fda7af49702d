using System.Globalization;
using TalkExport.Core.Model;

namespace TalkExport.Core.Reading;

/// <summary>
/// Finds candidate record files under files and folders, as the site generator would: site roots
/// are searched in their talk collections, Jekyll's <c>_posts</c> naming rule applies, pages and
/// generator internals are skipped. Iterative (no recursion), terminates on symlink loops, and
/// never leaves the given roots through a symlink unless <see cref="ReaderOptions.FollowSymlinks"/>.
/// </summary>
public sealed partial class RecordDiscovery
{
    private readonly ReaderOptions _options;

    /// <summary>Creates a discovery with <paramref name="options"/> (symlinks, limits).</summary>
    public RecordDiscovery(ReaderOptions? options = null)
    {
        _options = options ?? ReaderOptions.Default;
    }

    /// <summary>The candidate files under <paramref name="paths"/>, in ordinal order of their display paths.</summary>
    public DiscoveryResult Discover(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var walk = new Walk(_options);
        foreach (var path in paths)
        {
            walk.AddArgument(path);
        }

        return walk.Finish();
    }

    /// <summary>
    /// True when a file's first bytes open front matter: an optional BOM, <c>---</c> or <c>+++</c>, then a
    /// space, tab or line end. Files outside a talk collection are records only when this holds.
    /// </summary>
    internal static bool LooksLikeFrontMatter(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        return bytes.Length >= 4
            && (bytes.StartsWith("---"u8) || bytes.StartsWith("+++"u8))
            && bytes[3] is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'\t';
    }

    private sealed class Walk(ReaderOptions options)
    {
        private readonly List<(RecordFile File, string RealPath)> _found = [];
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly List<string> _roots = [];
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        // Each folder with its real path: a child's real path is its parent's plus its name unless it
        // is a link, so loops are caught by real path without resolving every entry.
        private readonly Stack<(string Full, string Display, string Real)> _pending = new();
        private readonly List<(string Full, string Display)> _siteRoots = [];
        private int _candidates;

        public void AddArgument(string argument)
        {
            var display = DisplayOf(argument);
            string full;
            try
            {
                full = Path.GetFullPath(argument);
            }
            catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException)
            {
                _diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.PathNotFound, display, 0, 0, "not a usable path: " + e.Message));
                return;
            }

            if (Directory.Exists(full))
            {
                var real = Files.SafeFile.RealPath(full) ?? full;
                _roots.Add(full);
                _roots.Add(real);
                _visited.Add(real);
                Enter(full, display, real);
                Drain();
            }
            else if (File.Exists(full) && Path.GetFileName(Path.GetDirectoryName(full)) == "_data" && Dialects.JekyllData.DataTalkFiles.HasDataExtension(full))
            {
                // A data file named itself (site/_data/talks.yml) is read as a talk list, whole.
                _candidates++;
                _found.Add((new RecordFile(full, display) { DataList = "", NamedByUser = true }, Files.SafeFile.RealPath(full) ?? full));
            }
            else if (File.Exists(full))
            {
                Consider(new FileInfo(full), display, explicitlyNamed: true);
            }
            else
            {
                _diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.PathNotFound, display, 0, 0, "no such file or folder"));
            }
        }

        public DiscoveryResult Finish()
        {
            AddDataFiles();
            // Sorted first, so which of two paths to the same file is kept never depends on the file system's order.
            _found.Sort((a, b) => string.CompareOrdinal(a.File.DisplayPath, b.File.DisplayPath));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var files = new List<RecordFile>(_found.Count);
            foreach (var (file, real) in _found)
            {
                if (seen.Add(real))
                {
                    files.Add(file);
                }
            }

            var candidates = _candidates - (_found.Count - files.Count);
            ReportSitesWithoutTalks();
            if (files.Count > options.Limits.MaxRecords)
            {
                _diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.TooManyRecords, "", 0, 0, $"more than {options.Limits.MaxRecords.ToString(CultureInfo.InvariantCulture)} record files; only the first ones are read"));
                files.RemoveRange(options.Limits.MaxRecords, files.Count - options.Limits.MaxRecords);
            }

            _diagnostics.Sort(DiagnosticOrder.Compare);
            return new DiscoveryResult(files, _diagnostics, candidates);
        }

        // A Jekyll site's talk lists in data files (Dialects/JekyllData/DataTalkFiles has the rule): one file, many talks.
        private void AddDataFiles()
        {
            foreach (var (full, display) in _siteRoots)
            {
                if (!SiteLayout.IsJekyllRoot(full))
                {
                    continue;
                }

                var prefix = full + Path.DirectorySeparatorChar;
                var hasRecords = _found.Exists(f => f.File.FullPath.StartsWith(prefix, StringComparison.Ordinal));
                foreach (var data in Dialects.JekyllData.DataTalkFiles.Find(full, hasRecords, options))
                {
                    _candidates++;
                    _found.Add((new RecordFile(data.FullPath, Join(display, data.SiteRelativePath)) { DataList = data.List }, Files.SafeFile.RealPath(data.FullPath) ?? data.FullPath));
                }
            }
        }

        // One line per site whose talks were not found: where we looked, and any talk list we do not read.
        private void ReportSitesWithoutTalks()
        {
            foreach (var (full, display) in _siteRoots)
            {
                var prefix = full + Path.DirectorySeparatorChar;
                if (_found.Any(f => f.File.FullPath.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    continue;
                }

                var lists = SiteLayout.UnreadTalkLists(full);
                var where = lists.Count == 0 ? "" : $"; its talks seem to be in {string.Join(", ", lists)}, {(lists.Count == 1 ? "a list" : "lists")} TalkExport does not read (jekyll-scholar BibTeX)";
                _diagnostics.Add(Diagnostic.Warning(ReaderDiagnosticCodes.NoTalksInSite, display.Length == 0 ? "." : display, 0, 0, $"no talk records in this site: looked in {SiteLayout.WhereTalksAreLooked}{where}"));
            }
        }

        // A site root is searched in its talk collections only; any other folder entirely.
        private void Enter(string full, string display, string real)
        {
            if (!SiteLayout.IsSiteRoot(full))
            {
                _pending.Push((full, display, real));
                return;
            }

            _siteRoots.Add((full, display));
            foreach (var collection in SiteLayout.Collections)
            {
                var folder = Path.Combine(full, collection);
                if (!Directory.Exists(folder))
                {
                    continue;
                }

                PushCollection(folder, Join(display, collection));
            }

            // Jekyll reads a `_posts` folder inside any folder of the site (docs/talks/_posts): those under
            // a `talks` folder are the talks list, as at the root.
            foreach (var posts in SiteLayout.IsJekyllRoot(full) ? SiteLayout.NestedTalkPosts(full) : [])
            {
                PushCollection(posts, Join(display, Path.GetRelativePath(full, posts).Replace('\\', '/')));
            }
        }

        // A collection may be a link too (`_talks -> elsewhere`): the same rule as any link.
        private void PushCollection(string folder, string shown)
        {
            var realFolder = new DirectoryInfo(folder).LinkTarget is null ? Files.SafeFile.RealPath(folder) ?? folder : Followable(folder, shown);
            if (realFolder is not null && _visited.Add(realFolder))
            {
                _pending.Push((folder, shown, realFolder));
            }
        }

        private void Drain()
        {
            while (_pending.TryPop(out var folder))
            {
                List<FolderEntry> entries;
                try
                {
                    entries = FolderEntry.List(folder.Full);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    _diagnostics.Add(Diagnostic.Warning(ReaderDiagnosticCodes.ReadFailed, folder.Display, 0, 0, "cannot list this folder: " + e.Message));
                    continue;
                }

                var parentName = Path.GetFileName(folder.Full);
                var place = SiteLayout.Classify(folder.Full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
                foreach (var entry in entries)
                {
                    var display = Join(folder.Display, entry.Name);
                    if (entry.IsDirectory)
                    {
                        if (SiteLayout.IsExcludedFolder(entry.Name, parentName) || RealOf(entry, folder.Real, display) is not { } real || !_visited.Add(real))
                        {
                            continue;
                        }

                        Enter(entry.FullPath, display, real);
                    }
                    else if (SiteLayout.HasRecordExtension(entry.Name) && !SiteLayout.IsExcludedFile(entry.Name))
                    {
                        var real = RealOf(entry, folder.Real, display);
                        if (real is not null)
                        {
                            Consider(entry.FullPath, entry.Name, real, display, place, explicitlyNamed: false);
                        }
                    }
                }
            }
        }

        private void Consider(FileInfo file, string display, bool explicitlyNamed)
        {
            var segments = (file.DirectoryName ?? "").Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            Consider(file.FullName, file.Name, Files.SafeFile.RealPath(file.FullName) ?? file.FullName, display, SiteLayout.Classify(segments), explicitlyNamed);
        }

        private void Consider(string fullPath, string name, string realPath, string display, (bool InCollection, bool InPosts) place, bool explicitlyNamed)
        {
            var (inCollection, inPosts) = place;
            var dateLength = PostFileName.DateLength(name);
            var dated = dateLength > 0;
            var impossibleDate = dated && (inCollection || inPosts) && !PostFileName.IsRealDate(name.AsSpan(0, dateLength));

            // A file outside a collection is a record only with front matter. Where a diagnostic is at
            // stake, look now; otherwise the reader looks at the bytes it reads anyway (one open per file).
            var onlyWithFrontMatter = !explicitlyNamed && !(inCollection && dated);
            if (onlyWithFrontMatter && ((inPosts && !dated) || impossibleDate) && !StartsWithFrontMatter(fullPath))
            {
                return;
            }

            if (inPosts && !dated)
            {
                _diagnostics.Add(Diagnostic.Info(Dialects.MappingDiagnosticCodes.NotAPost, display, 0, 0, "not a post: Jekyll ignores a _posts file whose name does not start with YYYY-MM-DD-; skipped"));
                return;
            }

            _candidates++;
            if (impossibleDate)
            {
                _diagnostics.Add(Diagnostic.Error(ReaderDiagnosticCodes.ImpossibleDateInName, display, 0, 0, $"the date '{name.AsSpan(0, dateLength)}' in the file name does not exist; Jekyll refuses such a file: fix the name"));
                return;
            }

            _found.Add((new RecordFile(fullPath, display) { InTalkCollection = inCollection, OnlyWithFrontMatter = onlyWithFrontMatter, NamedByUser = explicitlyNamed }, realPath));
        }

        // Only a link needs resolving; a plain entry's real path is its folder's plus its name (no readlink per file).
        private string? RealOf(FolderEntry entry, string folderReal, string display) =>
            entry.IsSymbolicLink ? Followable(entry.FullPath, display) : Path.Join(folderReal, entry.Name);

        // The real path to walk or read, or null (with an info) for a symlink that is broken, loops, or leaves the roots.
        private string? Followable(string link, string display)
        {
            var real = Files.SafeFile.RealPath(link);
            if (real is null)
            {
                _diagnostics.Add(Diagnostic.Info(ReaderDiagnosticCodes.SymlinkSkipped, display, 0, 0, "symbolic link not followed: it is broken or loops"));
                return null;
            }

            if (!options.FollowSymlinks && !_roots.Any(root => Files.SafeFile.IsWithin(real, root)))
            {
                _diagnostics.Add(Diagnostic.Info(ReaderDiagnosticCodes.SymlinkSkipped, display, 0, 0, "symbolic link not followed: it leads outside the given folders (--follow-symlinks follows it)"));
                return null;
            }

            return real;
        }

        private static bool StartsWithFrontMatter(string path)
        {
            // Found in a folder, so site content: a FIFO or device is never opened for a peek.
            using var file = Files.ReadableFile.Open(path, Files.FileTrust.Site, out _);
            if (file is null)
            {
                return true; // a candidate: reading it reports the problem
            }

            try
            {
                Span<byte> head = stackalloc byte[8];
                return LooksLikeFrontMatter(head[..file.Read(head)]);
            }
            catch (IOException)
            {
                return true;
            }
        }

        private static string DisplayOf(string argument)
        {
            var display = argument.Replace('\\', '/');
            while (display.Length > 1 && display.EndsWith('/'))
            {
                display = display[..^1];
            }

            return display == "." ? "" : display;
        }

        private static string Join(string display, string name) => display.Length == 0 ? name : display == "/" ? "/" + name : display + "/" + name;
    }
}
