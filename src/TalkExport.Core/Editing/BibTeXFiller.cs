using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;
using TalkExport.Core.Reading;

namespace TalkExport.Core.Editing;

/// <summary>
/// Writes each talk's BibTeX entry into its record's <c>bibtex</c> key. The entry formatter is
/// passed in (Core does not reference exporters). Records that could not be read are never
/// touched. Reads twice: snapshots of the files are taken between the reads, so the entries
/// (from the second read) are known to come from exactly the bytes that the atomic replace
/// later checks are still on disk.
/// </summary>
public sealed class BibTeXFiller
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Func<Talk, string> _formatEntry;

    /// <summary>Creates a filler that formats entries with <paramref name="formatEntry"/>.</summary>
    public BibTeXFiller(Func<Talk, string> formatEntry, BibTeXFillOptions? options = null)
    {
        _formatEntry = formatEntry ?? throw new ArgumentNullException(nameof(formatEntry));
        Options = options ?? new BibTeXFillOptions();
    }

    /// <summary>The options in force.</summary>
    public BibTeXFillOptions Options { get; }

    /// <summary>The reader limits used to re-parse records.</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>The writer (tests inject hooks).</summary>
    internal AtomicFileWriter Writer { get; init; } = BatchWriter;

    // A rename is atomic either way; the folder's fsync (durability across a power cut) is done once per folder after the batch.
    private static AtomicFileWriter BatchWriter { get; } = new() { SyncDirectory = false };

    /// <summary>Test hook: runs between the snapshots and the second read.</summary>
    internal Action? AfterSnapshots { get; init; }

    /// <summary>Chooses which of the keyed talks to fill (command-line filters); all when null. Keys are made over all talks first.</summary>
    public Func<IReadOnlyList<Talk>, IReadOnlyList<Talk>>? Select { get; init; }

    /// <summary>Runs: <paramref name="first"/> is a read of the paths; <paramref name="reread"/> reads them again after the snapshots.</summary>
    public BibTeXFillReport Run(ReadResult first, Func<ReadResult> reread)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(reread);
        var diagnostics = new List<Diagnostic>();
        var snapshots = new Dictionary<string, FileSnapshot>(StringComparer.Ordinal);
        foreach (var talk in first.Talks)
        {
            if (talk.Source.FullPath is { } path && !talk.Source.InDataFile && !snapshots.ContainsKey(path))
            {
                try
                {
                    snapshots[path] = FileSnapshot.Take(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The second read reports it, or the record is left alone as changed.
                }
            }
        }

        if (!Options.DryRun)
        {
            RemoveLeftovers(first.Talks, diagnostics);
        }

        AfterSnapshots?.Invoke();
        var second = reread();
        var keyOptions = Options.Keys.Owner is null ? Options.Keys with { Owner = second.Site.Owner } : Options.Keys;
        var keyed = CitationKeys.Assign(second.Talks, keyOptions);
        var talks = (Select?.Invoke(keyed) ?? keyed).OrderBy(t => t.Source.Path, StringComparer.Ordinal).ToList();
        SkipDataFiles(talks, diagnostics);
        var results = new List<BibTeXFillResult>(talks.Count);
        foreach (var talk in talks)
        {
            var snapshot = talk.Source.FullPath is { } p ? snapshots.GetValueOrDefault(p) : null;
            results.Add(snapshot is null
                ? Result(talk, BibTeXFillOutcome.ChangedMeanwhile, 0, "the file appeared or changed while it was being read; left alone (run again)")
                : Fill(talk, snapshot, diagnostics));
        }

        foreach (var folder in results.Where(r => r.Outcome == BibTeXFillOutcome.Filled).Select(r => Path.GetDirectoryName(r.Talk.Source.FullPath!)!).Distinct(StringComparer.Ordinal))
        {
            AtomicFileWriter.FlushDirectory(folder);
        }

        return new BibTeXFillReport(second, results, diagnostics);
    }

    private BibTeXFillResult Fill(Talk talk, FileSnapshot snapshot, List<Diagnostic> diagnostics)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString((byte[])snapshot.Bytes);
        }
        catch (DecoderFallbackException)
        {
            return Result(talk, BibTeXFillOutcome.ChangedMeanwhile, 0, "the file is no longer valid UTF-8; left alone");
        }

        var parseDiagnostics = new List<Diagnostic>();
        if (FrontMatterParser.Parse(text, talk.Source.Path, Limits, parseDiagnostics) is not { } document)
        {
            return Result(talk, BibTeXFillOutcome.ChangedMeanwhile, 0, "the front matter no longer parses; left alone");
        }

        if (document.Format == FrontMatterFormat.Toml && document.Values[Options.Key] is null && !Options.AddMissing)
        {
            return Result(talk, BibTeXFillOutcome.MissingKey, 0, $"the front matter has no '{Options.Key}' key (TOML records are not edited)", DiagnosticSeverity.Info);
        }

        var value = EntryValue(talk);
        var options = new FrontMatterEditOptions { Replace = Options.Replace, AddMissing = Options.AddMissing };
        var edit = FrontMatterEditor.SetBlockScalar(text, Options.Key, value, options, document.Values);
        switch (edit.Status)
        {
            case FrontMatterEditStatus.Unchanged:
                return Result(talk, BibTeXFillOutcome.UpToDate, edit.Line, "the entry is up to date", DiagnosticSeverity.Info, EditingDiagnosticCodes.AlreadyHasEntry);
            case FrontMatterEditStatus.AlreadySet:
                return Result(talk, BibTeXFillOutcome.AlreadyHasEntry, edit.Line, edit.Message!, DiagnosticSeverity.Info);
            case FrontMatterEditStatus.KeyMissing:
                return Result(talk, BibTeXFillOutcome.MissingKey, 0, edit.Message!, DiagnosticSeverity.Info);
            case FrontMatterEditStatus.NoFrontMatter or FrontMatterEditStatus.Unsupported:
                return Result(talk, BibTeXFillOutcome.Unsupported, edit.Line, edit.Message!, DiagnosticSeverity.Warning);
        }

        if (!Options.OneLine)
        {
            WarnAboutScriptLayout(talk, document, edit.Line, diagnostics);
        }
        if (Options.DryRun)
        {
            return Result(talk, BibTeXFillOutcome.WouldFill, edit.Line, $"would fill '{Options.Key}' with @{talk.Key}", DiagnosticSeverity.Info) with { OriginalText = text, NewText = edit.Text };
        }

        var write = Writer.Replace(snapshot, new UTF8Encoding(false).GetBytes(edit.Text), bytes => Verify(bytes, talk, document.Values, value));
        var result = write.Status switch
        {
            AtomicWriteStatus.Replaced => Result(talk, BibTeXFillOutcome.Filled, edit.Line, $"filled '{Options.Key}' with @{talk.Key}", DiagnosticSeverity.Info),
            AtomicWriteStatus.ChangedMeanwhile => Result(talk, BibTeXFillOutcome.ChangedMeanwhile, 0, write.Message!),
            AtomicWriteStatus.ReadOnly => Result(talk, BibTeXFillOutcome.ReadOnly, 0, write.Message!),
            AtomicWriteStatus.VerificationFailed => Result(talk, BibTeXFillOutcome.VerificationFailed, edit.Line, "the edit did not read back as intended, nothing written (please report this): " + write.Message),
            _ => Result(talk, BibTeXFillOutcome.WriteFailed, 0, write.Message!),
        };
        return result with { OriginalText = text, NewText = edit.Text };
    }

    // The YAML value is the entry plus exactly one final newline (a plain '|' block).
    private string EntryValue(Talk talk)
    {
        var entry = _formatEntry(talk).ReplaceLineEndings("\n").TrimEnd('\n');
        if (CitationKeys.ExistingKey(talk.BibTeX) is { } existing)
        {
            entry = ReKey(entry, existing);
        }

        if (Options.OneLine)
        {
            entry = string.Join(' ', entry.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        }

        return entry + "\n";
    }

    /// <summary>Gives <paramref name="entry"/> (<c>@type{key,</c>…) the citation key <paramref name="key"/>.</summary>
    internal static string ReKey(string entry, string key)
    {
        var open = entry.IndexOf('{', StringComparison.Ordinal);
        var comma = open < 0 ? -1 : entry.IndexOf(',', open);
        return comma < 0 ? entry : string.Concat(entry.AsSpan(0, open + 1), key, entry.AsSpan(comma));
    }

    private string? Verify(byte[] bytes, Talk talk, FrontMatterMapping before, string value)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return "the new text is not valid UTF-8";
        }

        var diagnostics = new List<Diagnostic>();
        if (FrontMatterParser.Parse(text, talk.Source.Path, Limits, diagnostics) is not { } after)
        {
            return "the new front matter does not parse: " + diagnostics.FirstOrDefault()?.Message;
        }

        if (after.Values[Options.Key]?.AsString() != value)
        {
            return $"'{Options.Key}' does not read back as the entry";
        }

        return FrontMatterComparison.FirstDifference(before, after.Values, Options.Key);
    }

    private static void WarnAboutScriptLayout(Talk talk, FrontMatterDocument document, int line, List<Diagnostic> diagnostics)
    {
        if (document.Values["layout"]?.AsString() == "posts")
        {
            diagnostics.Add(Diagnostic.Warning(EditingDiagnosticCodes.MultiLineInScript, talk.Source.Path, line, 1,
                "this record uses 'layout: posts', whose template puts {{ page.bibtex }} inside a JavaScript single-quoted string that a multi-line entry breaks; use --one-line or fix the template (e.g. {{ page.bibtex | jsonify }})"));
        }
    }

    // A data file's list (_data/talks.yml) gives many talks and has no record of each to write an entry
    // into: it is never written. Said once per file, the talks themselves are left out of the results.
    private static void SkipDataFiles(List<Talk> talks, List<Diagnostic> diagnostics)
    {
        foreach (var path in talks.Where(t => t.Source.InDataFile).Select(t => t.Source.Path).Distinct(StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Warning(EditingDiagnosticCodes.DataFileNotFilled, path, 0, 0, "not filled: the talks of a data file's list have no record of their own to write a bibtex entry into, so the file is never written"));
        }

        talks.RemoveAll(t => t.Source.InDataFile);
    }

    private static void RemoveLeftovers(IEnumerable<Talk> talks, List<Diagnostic> diagnostics)
    {
        var folders = talks.Select(t => t.Source.FullPath).OfType<string>().Select(Path.GetDirectoryName).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var removed in AtomicFileWriter.RemoveLeftovers(folder))
            {
                diagnostics.Add(Diagnostic.Info(EditingDiagnosticCodes.LeftoverRemoved, removed.Replace('\\', '/'), 0, 0, "removed a temporary file left by an interrupted fill-bibtex run"));
            }
        }
    }

    private static BibTeXFillResult Result(Talk talk, BibTeXFillOutcome outcome, int line, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error, string? code = null)
    {
        code ??= outcome switch
        {
            BibTeXFillOutcome.Filled => EditingDiagnosticCodes.Filled,
            BibTeXFillOutcome.WouldFill => EditingDiagnosticCodes.WouldFill,
            BibTeXFillOutcome.AlreadyHasEntry or BibTeXFillOutcome.UpToDate => EditingDiagnosticCodes.AlreadyHasEntry,
            BibTeXFillOutcome.MissingKey => EditingDiagnosticCodes.MissingKey,
            BibTeXFillOutcome.Unsupported => EditingDiagnosticCodes.UnsupportedLayout,
            BibTeXFillOutcome.ChangedMeanwhile => EditingDiagnosticCodes.ChangedMeanwhile,
            BibTeXFillOutcome.ReadOnly => EditingDiagnosticCodes.ReadOnly,
            BibTeXFillOutcome.VerificationFailed => EditingDiagnosticCodes.VerificationFailed,
            _ => EditingDiagnosticCodes.WriteFailed,
        };
        return new BibTeXFillResult(talk, outcome, new Diagnostic(severity, code, talk.Source.Path, line, line > 0 ? 1 : 0, message));
    }
}
