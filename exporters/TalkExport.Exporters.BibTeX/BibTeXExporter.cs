using System.Buffers;
using System.Globalization;
using System.Text;
using TalkExport.Core.Exporting;
using TalkExport.Core.Model;

namespace TalkExport.Exporters.BibTeX;

/// <summary>
/// The <c>bibtex</c> exporter: one entry per talk, as portable BibTeX (<c>@misc</c>) or biblatex
/// (<c>@unpublished</c> with event fields). Also the one-entry API that <c>fill-bibtex</c> and
/// the ORCID citation use (<see cref="FormatEntry(Talk, BibTeXOptions)"/>).
/// </summary>
public sealed class BibTeXExporter : ITalkExporter
{
    /// <summary>Option name: <c>bibtex</c>, <c>biblatex</c> or <c>orcid</c>.</summary>
    public const string DialectOption = "dialect";

    /// <summary>Option name: tags left out of <c>keywords</c>.</summary>
    public const string IgnoreTagsOption = "ignore-tags";

    /// <summary>Option name: keep UTF-8 letters in the <c>bibtex</c> dialect.</summary>
    public const string KeepUtf8Option = "keep-utf8";

    /// <summary>Option name: the citation key pattern.</summary>
    public const string KeyPatternOption = "key-pattern";

    /// <summary>Option name: the works already on the ORCID record (a .bib from its "Export works", or ORCID works JSON/XML); those talks are left out.</summary>
    public const string ExcludeOption = "exclude";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Enough entries to make a run worth a hand-over; its buffer (about 700 characters an entry)
    // stays below the large-object heap's 85,000 bytes, so the pool can keep it.
    private const int EntriesPerRun = 32;

    // One builder per thread, reused for every run it lays out.
    [ThreadStatic]
    private static StringBuilder? _run;

    /// <inheritdoc/>
    public string Id => "bibtex";

    /// <inheritdoc/>
    public string DisplayName => "BibTeX / biblatex";

    /// <inheritdoc/>
    public string Extension => ".bib";

    /// <inheritdoc/>
    public string Description => "BibTeX (@misc, portable), biblatex (@unpublished with event fields) or ORCID-import (--dialect orcid: for ORCID's Import BibTeX) entries.";

    /// <inheritdoc/>
    public bool IsBinary => false;

    /// <inheritdoc/>
    public IReadOnlyList<ExporterOption> Options { get; } =
    [
        new(DialectOption, "bibtex: portable @misc for any style; biblatex: @unpublished with eventtitle, eventdate, venue (needs biber); orcid: for ORCID's \"Import BibTeX\" (title, booktitle = event and place, year, month, url, co-authors).")
        {
            AllowedValues = ["bibtex", "biblatex", "orcid"],
            DefaultValue = "bibtex",
        },
        new(IgnoreTagsOption, "Tags left out of keywords (site markers).", ExporterOptionKind.List) { DefaultValue = "default" },
        new(KeepUtf8Option, "In the bibtex dialect, write accented letters as UTF-8 instead of {\\\"o} (bibtex 0.99d sorts UTF-8 by bytes).", ExporterOptionKind.Flag),
        new(KeyPatternOption, "Citation key pattern from {family} {given} {year} {word} {words} and a-z 0-9 _ : . - (regenerates all keys).")
        {
            DefaultValue = CitationKeyOptions.DefaultPattern,
        },
        new(ExcludeOption, "The works already on your ORCID record: a .bib (its \"Export works\") or ORCID works JSON/XML; talks with the same title (ignoring case and punctuation) and year are left out and listed on stderr."),
    ];

    /// <summary>One entry as text, without a trailing newline (for <c>fill-bibtex</c> and ORCID citations).</summary>
    public static string FormatEntry(Talk talk, BibTeXOptions options) => FormatEntry(talk, options, null);

    /// <summary>One entry as text, without a trailing newline; warnings go to <paramref name="report"/>.</summary>
    public static string FormatEntry(Talk talk, BibTeXOptions options, Action<Diagnostic>? report)
    {
        var entry = BibTeXMapping.Map(talk, options);
        foreach (var warning in entry.Warnings)
        {
            report?.Invoke(warning);
        }

        return BibTeXSerializer.Write(entry);
    }

    /// <inheritdoc/>
    public bool UsesAbstracts => false;

    /// <inheritdoc/>
    public void Export(IReadOnlyList<Talk> talks, ExportContext context, IOutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(talks);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(target);
        var options = BibTeXOptions.FromSettings(context.Settings, context.Site);
        var keyed = LeaveOutWorksOnRecord(AssignKeys(talks, context), context);

        // Entries are independent: runs of them are mapped and laid out on every core, each into a
        // pooled buffer, and written (with their warnings) in talk order as they become ready, so
        // the output never depends on thread timing and no entry outlives its run.
        var runs = (keyed.Count + EntriesPerRun - 1) / EntriesPerRun;
        try
        {
            using var stream = target.Open();
            using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16, leaveOpen: true);
            OrderedParallel.Run(
                runs,
                r => LayOut(keyed, r * EntriesPerRun, Math.Min(keyed.Count, (r + 1) * EntriesPerRun), options),
                run =>
                {
                    foreach (var warning in run.Warnings ?? [])
                    {
                        context.Report(warning);
                    }

                    writer.Write(run.Text.AsSpan(0, run.Length));
                    ArrayPool<char>.Shared.Return(run.Text);
                },
                context.CancellationToken);
        }
        catch (IOException e)
        {
            throw new TalkExportException(FailureKind.Output, $"Cannot write {target.DisplayName}: {e.Message}", target.DisplayName, e);
        }

        if (options.Dialect == BibTeXDialect.Orcid && keyed.Count > 0)
        {
            context.Notice(OrcidWorkTypeStep.Describe(keyed));
        }
    }

    // --exclude FILE: the talks already on the record are not written again (ORCID would duplicate them).
    private static IReadOnlyList<Talk> LeaveOutWorksOnRecord(IReadOnlyList<Talk> talks, ExportContext context)
    {
        if (context.Settings.GetString(ExcludeOption) is not { Length: > 0 } path)
        {
            return talks;
        }

        var onRecord = Reading.WorksOnRecord.Load(path);
        var kept = new List<Talk>(talks.Count);
        var left = new StringBuilder();
        var leftCount = 0;
        foreach (var talk in talks)
        {
            if (onRecord.Contains(talk))
            {
                leftCount++;
                left.Append("\n  ").Append(talk.Date?.ToString() ?? "undated").Append("  ").Append(OrcidWorkTypeStep.OneLine(talk.Title));
            }
            else
            {
                kept.Add(talk);
            }
        }

        context.Notice(leftCount == 0
            ? $"--exclude {path}: none of the {talks.Count} talks is among its {onRecord.Count} works."
            : $"--exclude {path}: left out {leftCount} of {talks.Count} talks, already among its {onRecord.Count} works:{left}");
        return kept;
    }

    // As BibTeXSerializer.WriteAll lays them out: one blank line between entries, a final newline.
    private static EntryRun LayOut(IReadOnlyList<Talk> talks, int from, int to, BibTeXOptions options)
    {
        var text = (_run ??= new StringBuilder(1 << 15)).Clear();
        List<Diagnostic>? warnings = null;
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        {
            for (var i = from; i < to; i++)
            {
                var entry = BibTeXMapping.Map(talks[i], options);
                if (entry.Warnings.Count > 0)
                {
                    (warnings ??= []).AddRange(entry.Warnings);
                }

                if (i > 0)
                {
                    writer.Write('\n');
                }

                BibTeXSerializer.Write(writer, entry);
                writer.Write('\n');
            }
        }

        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(0, chars, text.Length);
        return new EntryRun(chars, text.Length, warnings);
    }

    // A run's text in a pooled buffer (handed back once written) and its entries' warnings, in order.
    private readonly record struct EntryRun(char[] Text, int Length, List<Diagnostic>? Warnings);

    private static IReadOnlyList<Talk> AssignKeys(IReadOnlyList<Talk> talks, ExportContext context)
    {
        var pattern = context.Settings.GetString(KeyPatternOption);
        if (pattern is null)
        {
            return CitationKeys.EnsureAssigned(talks, new CitationKeyOptions { Owner = context.Site.Owner });
        }

        try
        {
            var cleared = talks.Select(t => t with { Key = "" }).ToArray();
            return CitationKeys.Assign(cleared, new CitationKeyOptions { Owner = context.Site.Owner, Pattern = pattern });
        }
        catch (ArgumentException e)
        {
            throw new TalkExportException(FailureKind.Usage, $"--{KeyPatternOption}: {e.Message}");
        }
    }
}
